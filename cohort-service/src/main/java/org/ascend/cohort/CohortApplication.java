package org.ascend.cohort;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CohortApplication {

    public static void main(String[] args) {
        SpringApplication.run(CohortApplication.class, args);
    }
}
