package io.imageinventory.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake AWS endpoint on loopback that speaks the real wire protocols, so that the real SDK client
 * (or the AWS CLI) can be pointed at it: WorkSpaces over JSON 1.1 ({@code POST /} with
 * {@code X-Amz-Target}) and STS over the query protocol. The caller's account comes from the access
 * key in the SigV4 {@code Authorization} header and the region from its credential scope. Pages carry
 * opaque {@code NextToken}s that may be asked for again; throttling, denial, 5xx answers and latency
 * can be injected.
 */
public final class FakeAws implements AutoCloseable {

    /** The account of any access key the fake was not told about. */
    public static final String DEFAULT_ACCOUNT = "111122223333";

    public static final String DESCRIBE_IMAGES = "WorkspacesService.DescribeWorkspaceImages";

    public static final String DESCRIBE_BUNDLES = "WorkspacesService.DescribeWorkspaceBundles";

    public static final String DESCRIBE_PERMISSIONS = "WorkspacesService.DescribeWorkspaceImagePermissions";

    public static final String LIST_ACCOUNTS = "AWSOrganizationsV20161128.ListAccounts";

    public static final String DESCRIBE_WORKSPACES = "WorkspacesService.DescribeWorkspaces";

    public static final String LIST_SERVICE_QUOTAS = "ServiceQuotasV20190624.ListServiceQuotas";

    private static final String JSON_1_1 = "application/x-amz-json-1.1";

    private static final int MAX_RESULTS = 25;

    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/]+)/[^/]+/([^/]+)/([^/,]+)/");

    static {
        // Without TCP_NODELAY the JDK server's split writes meet the client's delayed ACK: +40 ms a page.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;

    private final ExecutorService handlers = Executors.newFixedThreadPool(16);

    private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor();

    private final JsonMapper json = JsonMapper.builder().build();

    private final Map<Listing, List<Map<String, Object>>> images = new ConcurrentHashMap<>();

    private final Map<String, Page> issuedTokens = new ConcurrentHashMap<>();

    private final Map<String, String> accountsByAccessKey = new ConcurrentHashMap<>();

    private final Map<Listing, List<Map<String, Object>>> bundles = new ConcurrentHashMap<>();

    private final Map<Listing, List<Map<String, Object>>> permissions = new ConcurrentHashMap<>();

    private final Map<Listing, List<Map<String, Object>>> workspaces = new ConcurrentHashMap<>();

    private final Map<String, List<Map<String, Object>>> quotas = new ConcurrentHashMap<>();

    private final Map<String, FakeError> quotaErrors = new ConcurrentHashMap<>();

    private final Map<String, String> externalIdsByRole = new ConcurrentHashMap<>();

    private final List<Map<String, Object>> organizationAccounts = new CopyOnWriteArrayList<>();

    private final Map<String, FakeError> deniedSources = new ConcurrentHashMap<>();

    private final List<PlannedFault> plannedFaults = new CopyOnWriteArrayList<>();

    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private volatile Duration latency = Duration.ZERO;

    private FakeAws(HttpServer server) {
        this.server = server;
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts the fake on loopback; port 0 picks a free one. */
    public static FakeAws start(int port) {
        try {
            return new FakeAws(HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot start the fake AWS endpoint on port " + port, ex);
        }
    }

    /**
     * Gives the AWS SDK's default credentials chain demo credentials through its system properties,
     * unless real ones are set there: the fake accepts any key.
     */
    public static void useDemoCredentials() {
        if (System.getProperty("aws.accessKeyId") == null) {
            System.setProperty("aws.accessKeyId", "demo");
            System.setProperty("aws.secretAccessKey", "demo");
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Replaces what {@code DescribeWorkspaceImages} lists for one account, region and image type. */
    public FakeAws images(String accountId, String region, String imageType, List<FakeImage> listed) {
        images.put(new Listing(accountId, region, imageType), listed.stream().map(FakeImage::toJson).toList());
        return this;
    }

    /** An available STANDARD bundle of this account in this region, built on the image. */
    public FakeAws bundle(String accountId, String region, String bundleId, String name, String imageId) {
        return bundle(accountId, region, bundleId, name, imageId, "AVAILABLE", "STANDARD",
                Instant.parse("2026-01-02T00:00:00Z"));
    }

    /** A bundle in a given state ({@code AVAILABLE}, {@code PENDING}, {@code ERROR}), last updated then. */
    public FakeAws bundle(String accountId, String region, String bundleId, String name, String imageId, String state,
            String computeType, Instant lastUpdated) {
        bundles.computeIfAbsent(new Listing(accountId, region, "bundles"), key -> new CopyOnWriteArrayList<>())
                .add(Map.of("BundleId", bundleId, "Name", name, "Owner", accountId, "ImageId", imageId,
                        "ComputeType", Map.of("Name", computeType), "State", state, "BundleType", "REGULAR",
                        "LastUpdatedTime", lastUpdated.getEpochSecond()));
        return this;
    }

    /** A WorkSpace of this account in this region, running on the bundle. */
    public FakeAws workspace(String accountId, String region, String workspaceId, String bundleId) {
        workspaces.computeIfAbsent(new Listing(accountId, region, "workspaces"), key -> new CopyOnWriteArrayList<>())
                .add(Map.of("WorkspaceId", workspaceId, "BundleId", bundleId, "DirectoryId", "d-fake0001",
                        "UserName", "user-" + workspaceId, "State", "AVAILABLE"));
        return this;
    }

    /**
     * The Images quota Service Quotas gives for WorkSpaces in this account and region, listed among other
     * WorkSpaces quotas as AWS lists them.
     */
    public FakeAws imageQuota(String accountId, String region, double images) {
        quotas.put(accountId + "/" + region, List.of(
                quota(region, accountId, "L-34278094", "WorkSpaces", 1.0),
                quota(region, accountId, "L-3E1D9A5B", "Images", images),
                quota(region, accountId, "L-0E6A3F3D", "Bundles", 50.0)));
        return this;
    }

    /** Every Service Quotas call of this account in this region answers the error. */
    public FakeAws quotasAnswer(String accountId, String region, FakeError error) {
        quotaErrors.put(accountId + "/" + region, error);
        return this;
    }

    private static Map<String, Object> quota(String region, String accountId, String code, String name, double value) {
        return Map.of("ServiceCode", "workspaces", "ServiceName", "Amazon WorkSpaces",
                "QuotaArn", "arn:aws:servicequotas:" + region + ":" + accountId + ":workspaces/" + code,
                "QuotaCode", code, "QuotaName", name, "Value", value, "Unit", "None", "Adjustable", true,
                "GlobalQuota", false);
    }

    /** The accounts an image of this account in this region is shared with. */
    public FakeAws sharedWith(String accountId, String region, String imageId, List<String> sharedAccountIds) {
        permissions.put(new Listing(accountId, region, imageId),
                sharedAccountIds.stream().<Map<String, Object>>map(id -> Map.of("SharedAccountId", id)).toList());
        return this;
    }

    /** Maps an access key to the account whose credentials it stands for. */
    public FakeAws accessKey(String accessKeyId, String accountId) {
        accountsByAccessKey.put(accessKeyId, accountId);
        return this;
    }

    /** A role that {@code AssumeRole} lets anyone assume; its temporary keys act for the role's account. */
    public FakeAws role(String roleArn) {
        return role(roleArn, "");
    }

    /** A role whose trust policy asks for this external id. */
    public FakeAws role(String roleArn, String externalId) {
        externalIdsByRole.put(roleArn, externalId);
        return this;
    }

    /**
     * An account that Organizations {@code ListAccounts} lists with its {@code State} (ACTIVE, SUSPENDED,
     * PENDING_CLOSURE...). Since AWS retired {@code Status} on 2026-09-09 the answer carries {@code State}
     * only.
     */
    public FakeAws organizationAccount(String accountId, String name, String state) {
        organizationAccounts.add(Map.of("Id", accountId, "Name", name, "State", state,
                "Arn", "arn:aws:organizations::" + DEFAULT_ACCOUNT + ":account/o-fake/" + accountId,
                "Email", name.toLowerCase().replace(' ', '-') + "@example.com",
                "JoinedMethod", "CREATED", "JoinedTimestamp", 1.7e9));
        return this;
    }

    /** Forgets every account of the organisation, as if all had left it. */
    public FakeAws clearOrganization() {
        organizationAccounts.clear();
        return this;
    }

    /** Every WorkSpaces call of this account in this region answers the error until {@link #allow}. */
    public FakeAws deny(String accountId, String region, FakeError error) {
        deniedSources.put(accountId + "/" + region, error);
        return this;
    }

    public FakeAws allow(String accountId, String region) {
        deniedSources.remove(accountId + "/" + region);
        return this;
    }

    /** The call of {@code operation} that comes after {@code callsBefore} more calls answers the error, once. */
    public FakeAws failOnce(String operation, int callsBefore, FakeError error) {
        return failOnce(operation, input -> true, callsBefore, error);
    }

    /** Like {@link #failOnce(String, int, FakeError)}, counting only the calls whose input matches. */
    public FakeAws failOnce(String operation, Predicate<Map<String, Object>> when, int callsBefore, FakeError error) {
        plannedFaults.add(new PlannedFault(operation, when, new AtomicInteger(callsBefore), error));
        return this;
    }

    /** Time added before every answer, as a slow or distant endpoint would. */
    public FakeAws latency(Duration added) {
        latency = added;
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public long callCount(String operation) {
        return calls.stream().filter(call -> call.operation().equals(operation)).count();
    }

    public void clearCalls() {
        calls.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        delays.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Matcher credential = CREDENTIAL.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        boolean signed = credential.find();
        String accessKey = signed ? credential.group(1) : "";
        String region = signed ? credential.group(2) : "us-east-1";
        String account = accountsByAccessKey.getOrDefault(accessKey, DEFAULT_ACCOUNT);
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        Answer answer;
        try {
            answer = target != null
                    ? jsonCall(target, account, region, body)
                    : queryCall(account, region, new String(body, StandardCharsets.UTF_8));
        }
        catch (RuntimeException ex) {
            answer = Answer.json(new FakeError(400, "SerializationException", String.valueOf(ex.getMessage())), json);
        }
        Answer finalAnswer = answer;
        if (latency.isZero()) {
            send(exchange, finalAnswer);
        }
        else {
            delays.schedule(() -> send(exchange, finalAnswer), latency.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private Answer jsonCall(String target, String account, String region, byte[] body) {
        Map<String, Object> input = body.length == 0 ? Map.of() : json.readValue(body, mapType());
        FakeError fault = faultFor(target, account, region, input);
        Answer answer;
        if (fault != null) {
            answer = target.startsWith("AWSOrganizations") ? Answer.organizationsError(fault, json) : Answer.json(fault, json);
        }
        else if (DESCRIBE_IMAGES.equals(target)) {
            answer = describeImages(account, region, input);
        }
        else if (DESCRIBE_BUNDLES.equals(target)) {
            answer = page(new Listing(account, region, "bundles"),
                    "AMAZON".equals(input.get("Owner")) ? List.of() : bundles.getOrDefault(new Listing(account, region, "bundles"), List.of()),
                    Map.of("NextToken", input.getOrDefault("NextToken", "")), "Bundles", MAX_RESULTS);
        }
        else if (DESCRIBE_PERMISSIONS.equals(target)) {
            answer = imagePermissions(account, region, input);
        }
        else if (LIST_ACCOUNTS.equals(target)) {
            answer = listAccounts(input);
        }
        else if (DESCRIBE_WORKSPACES.equals(target)) {
            Listing listing = new Listing(account, region, "workspaces");
            answer = page(listing, workspaces.getOrDefault(listing, List.of()), input, "Workspaces", "Limit", MAX_RESULTS);
        }
        else if (LIST_SERVICE_QUOTAS.equals(target)) {
            answer = listServiceQuotas(account, region, input);
        }
        else {
            answer = Answer.json(new FakeError(400, "UnknownOperationException", "Unknown operation " + target), json);
        }
        calls.add(new Call(target, account, region, input, answer.status()));
        return answer;
    }

    private Answer queryCall(String account, String region, String form) {
        Map<String, String> input = parseForm(form);
        String action = input.getOrDefault("Action", "");
        Answer answer = switch (action) {
            case "GetCallerIdentity" -> Answer.xml(200, """
                        <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                          <GetCallerIdentityResult>
                            <Arn>arn:aws:iam::%s:user/demo</Arn>
                            <UserId>AIDAFAKEUSER</UserId>
                            <Account>%s</Account>
                          </GetCallerIdentityResult>
                          <ResponseMetadata><RequestId>%s</RequestId></ResponseMetadata>
                        </GetCallerIdentityResponse>
                        """.formatted(account, account, UUID.randomUUID()));
            case "AssumeRole" -> assumeRole(account, input);
            default -> Answer.xmlError(new FakeError(400, "InvalidAction", "Could not find operation " + action));
        };
        calls.add(new Call("STS." + action, account, region, new LinkedHashMap<String, Object>(input), answer.status()));
        return answer;
    }

    private Answer assumeRole(String caller, Map<String, String> input) {
        String roleArn = input.getOrDefault("RoleArn", "");
        String externalId = externalIdsByRole.get(roleArn);
        if (externalId == null || !externalId.equals(input.getOrDefault("ExternalId", ""))) {
            return Answer.xmlError(new FakeError(403, "AccessDenied", "User: arn:aws:iam::" + caller
                    + ":user/demo is not authorized to perform: sts:AssumeRole on resource: " + roleArn));
        }
        String roleAccount = roleArn.split(":")[4];
        String accessKey = "ASIA" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
        accountsByAccessKey.put(accessKey, roleAccount);
        return Answer.xml(200, """
                <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <AssumeRoleResult>
                    <Credentials>
                      <AccessKeyId>%s</AccessKeyId>
                      <SecretAccessKey>fake-secret</SecretAccessKey>
                      <SessionToken>fake-session-token</SessionToken>
                      <Expiration>%s</Expiration>
                    </Credentials>
                    <AssumedRoleUser>
                      <AssumedRoleId>AROAFAKE:%s</AssumedRoleId>
                      <Arn>arn:aws:sts::%s:assumed-role/%s/%s</Arn>
                    </AssumedRoleUser>
                  </AssumeRoleResult>
                  <ResponseMetadata><RequestId>%s</RequestId></ResponseMetadata>
                </AssumeRoleResponse>
                """.formatted(accessKey, Instant.now().plus(Duration.ofHours(1)), input.get("RoleSessionName"),
                roleAccount, roleArn.substring(roleArn.indexOf('/') + 1), input.get("RoleSessionName"),
                UUID.randomUUID()));
    }

    private Answer imagePermissions(String account, String region, Map<String, Object> input) {
        String imageId = String.valueOf(input.get("ImageId"));
        boolean owned = images.getOrDefault(new Listing(account, region, "OWNED"), List.of()).stream()
                .anyMatch(image -> imageId.equals(image.get("ImageId")));
        if (!owned) {
            return Answer.json(new FakeError(400, "ResourceNotFoundException", "The image " + imageId
                    + " could not be found."), json);
        }
        Listing listing = new Listing(account, region, imageId);
        Answer answer = page(listing, permissions.getOrDefault(listing, List.of()), input, "ImagePermissions", MAX_RESULTS);
        return answer.status() == 200 ? answer.with("ImageId", imageId, json) : answer;
    }

    /**
     * Organizations answers in its own words: pages of at most 20, and its errors carry {@code Message}
     * and, for bad input, a {@code Reason}.
     */
    private Answer listAccounts(Map<String, Object> input) {
        Answer answer = page(new Listing("organization", "", "accounts"), organizationAccounts, input, "Accounts", 20);
        if (answer.status() == 400) {
            String reason = input.get("MaxResults") instanceof Number number && (number.intValue() < 1 || number.intValue() > 20)
                    ? "MAX_LIMIT_EXCEEDED_FILTER" : "INVALID_PAGINATION_TOKEN";
            return Answer.json(400, Map.of("__type", "InvalidInputException", "Message",
                    "You provided a value that does not match the required pattern.", "Reason", reason), json);
        }
        return answer;
    }

    /**
     * Service Quotas: an account's quotas of the service asked for, pages of up to 100; its errors carry
     * {@code Message}. Without a quota set for the account and region, the service is not offered there.
     */
    private Answer listServiceQuotas(String account, String region, Map<String, Object> input) {
        FakeError error = quotaErrors.get(account + "/" + region);
        List<Map<String, Object>> listed = quotas.get(account + "/" + region);
        if (error == null && (listed == null || !"workspaces".equals(input.get("ServiceCode")))) {
            error = new FakeError(400, "NoSuchResourceException", "The request failed because the specified service "
                    + "does not exist or is not available in this Region.");
        }
        if (error != null) {
            return Answer.organizationsError(error, json);
        }
        return page(new Listing(account, region, "quotas"), listed, input, "Quotas", "MaxResults", 100);
    }

    private Answer describeImages(String account, String region, Map<String, Object> input) {
        String imageType = String.valueOf(input.getOrDefault("ImageType", "OWNED"));
        Listing listing = new Listing(account, region, imageType);
        return page(listing, images.getOrDefault(listing, List.of()), input, "Images", MAX_RESULTS);
    }

    /** One page of a listing, with an opaque token for the next one, as AWS list calls answer. */
    private Answer page(Listing listing, List<Map<String, Object>> all, Map<String, Object> input, String itemsField,
            int maxPageSize) {
        return page(listing, all, input, itemsField, "MaxResults", maxPageSize);
    }

    /** {@code sizeField} names the page size as the call does: {@code MaxResults}, or {@code Limit}. */
    private Answer page(Listing listing, List<Map<String, Object>> all, Map<String, Object> input, String itemsField,
            String sizeField, int maxPageSize) {
        Object maxResults = input.getOrDefault(sizeField, maxPageSize);
        if (!(maxResults instanceof Number number) || number.intValue() < 1 || number.intValue() > maxPageSize) {
            return Answer.json(new FakeError(400, "ValidationException", "1 validation error detected: Value '"
                    + maxResults + "' at '" + Character.toLowerCase(sizeField.charAt(0)) + sizeField.substring(1) + "' failed to satisfy constraint: Member must have value "
                    + "less than or equal to " + maxPageSize), json);
        }
        int offset = 0;
        Object token = input.get("NextToken");
        if (token != null && !"".equals(token)) {
            // Reusable, as AWS's are: an SDK retry after an attempt timeout asks for the same page again.
            Page page = issuedTokens.get(String.valueOf(token));
            if (page == null || !page.listing().equals(listing)) {
                return Answer.json(new FakeError(400, "InvalidParameterValuesException", "The next token is invalid."), json);
            }
            offset = page.offset();
        }
        int end = Math.min(all.size(), offset + number.intValue());
        Map<String, Object> output = new LinkedHashMap<>();
        output.put(itemsField, new ArrayList<>(all.subList(Math.min(offset, end), end)));
        if (end < all.size()) {
            String next = UUID.randomUUID().toString();
            issuedTokens.put(next, new Page(listing, end));
            output.put("NextToken", next);
        }
        return Answer.json(200, output, json);
    }

    private FakeError faultFor(String operation, String account, String region, Map<String, Object> input) {
        FakeError denied = deniedSources.get(account + "/" + region);
        if (denied != null) {
            return denied;
        }
        for (PlannedFault planned : plannedFaults) {
            if (planned.operation().equals(operation) && planned.when().test(input)
                    && planned.callsBefore().getAndDecrement() == 0) {
                plannedFaults.remove(planned);
                return planned.error();
            }
        }
        return null;
    }

    private void send(HttpExchange exchange, Answer answer) {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
            exchange.sendResponseHeaders(answer.status(), answer.body().length);
            exchange.getResponseBody().write(answer.body());
        }
        catch (IOException ex) {
            // The client gave up (its timeout); nothing to answer.
        }
    }

    private static Map<String, String> parseForm(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    @SuppressWarnings("unchecked")
    private static Class<Map<String, Object>> mapType() {
        return (Class<Map<String, Object>>) (Class<?>) Map.class;
    }

    /** One call the fake answered: which operation, for whom, with what, and the status it got. */
    public record Call(String operation, String accountId, String region, Map<String, Object> input, int status) {
    }

    private record Listing(String accountId, String region, String imageType) {
    }

    private record Page(Listing listing, int offset) {
    }

    private record PlannedFault(String operation, Predicate<Map<String, Object>> when, AtomicInteger callsBefore,
            FakeError error) {
    }

    private record Answer(int status, String contentType, byte[] body) {

        static Answer json(int status, Object output, JsonMapper json) {
            return new Answer(status, JSON_1_1, json.writeValueAsBytes(output));
        }

        static Answer json(FakeError error, JsonMapper json) {
            return json(error.status(), Map.of("__type", error.type(), "message", error.message()), json);
        }

        /** Organizations and Service Quotas spell the message field with a capital M. */
        static Answer organizationsError(FakeError error, JsonMapper json) {
            return json(error.status(), Map.of("__type", error.type(), "Message", error.message()), json);
        }

        /** The same JSON answer with one more top-level field. */
        Answer with(String field, Object value, JsonMapper json) {
            Map<String, Object> output = new LinkedHashMap<>(json.readValue(body, mapType()));
            output.put(field, value);
            return json(status, output, json);
        }

        static Answer xml(int status, String body) {
            return new Answer(status, "text/xml", body.getBytes(StandardCharsets.UTF_8));
        }

        static Answer xmlError(FakeError error) {
            return xml(error.status(), """
                    <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                      <Error><Type>Sender</Type><Code>%s</Code><Message>%s</Message></Error>
                      <RequestId>%s</RequestId>
                    </ErrorResponse>
                    """.formatted(error.type(), error.message(), UUID.randomUUID()));
        }

    }

}
