package org.ascend.platform.deadline;

import javax.sql.DataSource;

import org.ascend.platform.config.PlatformProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.transaction.TransactionManager;

/** Request deadlines (docs/reliability.md, "Deadlines"): the clock per request and the transactions it bounds. */
@AutoConfiguration(after = DataSourceAutoConfiguration.class, before = DataSourceTransactionManagerAutoConfiguration.class)
public class DeadlineConfiguration {

    @Bean
    FilterRegistrationBean<RequestDeadlineFilter> requestDeadlineFilter(PlatformProperties platform) {
        var registration = new FilterRegistrationBean<>(new RequestDeadlineFilter(platform.http().timeLimit()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE); // the clock starts before anything else runs
        return registration;
    }

    @Bean
    @ConditionalOnBean(DataSource.class)
    @ConditionalOnMissingBean(TransactionManager.class)
    DeadlineTransactionManager transactionManager(DataSource dataSource) {
        return new DeadlineTransactionManager(dataSource);
    }
}
