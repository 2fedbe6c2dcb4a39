package io.imageinventory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ImageInventoryApplication {

    public static void main(String[] args) {
        SpringApplication.run(ImageInventoryApplication.class, args);
    }

}
