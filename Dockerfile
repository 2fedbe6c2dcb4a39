# syntax=docker/dockerfile:1
# Build with the Maven wrapper, then run the extracted jar on a JRE as a non-root user, with a class
# data sharing archive made at build time (start-up ~4.6 s instead of ~6.5 s on 2 cores, see
# docs/performance.md). Configuration comes from environment variables only (see the README).
# It writes only to /tmp (java.io.tmpdir, where Boot also puts Tomcat's base and document root
# directories), so it runs with a read-only root file system as long as /tmp is writable.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -ntp dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -ntp package -DskipTests \
 && java -Djarmode=tools -jar target/image-inventory.jar extract --layers --destination /layers

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 inventory \
 && useradd --system --uid 10001 --gid inventory --no-create-home --shell /usr/sbin/nologin inventory
WORKDIR /app
# Least-changing layers first, so that a code change rebuilds only the last one.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# A training run that starts the context and exits, recording the classes it loaded. Placeholder
# settings only: nothing is called, and nothing of them stays in the image but the class archive.
RUN java -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh -jar image-inventory.jar \
      --inventory.regions=us-east-1 --inventory.endpoint-override=http://127.0.0.1:9 \
      --spring.security.oauth2.client.registration.sso.client-id=training \
      --spring.security.oauth2.client.registration.sso.client-secret=training \
      --spring.security.oauth2.client.registration.sso.authorization-grant-type=authorization_code \
      --spring.security.oauth2.client.registration.sso.redirect-uri='{baseUrl}/login/oauth2/code/sso' \
      --spring.security.oauth2.client.provider.sso.authorization-uri=http://127.0.0.1:9/authorize \
      --spring.security.oauth2.client.provider.sso.token-uri=http://127.0.0.1:9/token \
      --spring.security.oauth2.client.provider.sso.jwk-set-uri=http://127.0.0.1:9/jwks
USER 10001:10001
# A volume of its own even when the rest is read-only (docker run --read-only).
VOLUME /tmp
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# Liveness, on the main port wherever the actuator is: a restart is no cure for an AWS source that
# fails, which /actuator/health reports. bash's /dev/tcp needs no curl in the image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /livez HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"UP\"" <&3'
ENTRYPOINT ["java", "-XX:SharedArchiveFile=application.jsa", "-jar", "image-inventory.jar"]
