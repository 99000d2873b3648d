package org.ascend.platform.deadline;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Spring's JDBC transaction manager, bounded by the request's deadline: a transaction begun in a request gets what is
 * left of its budget as its timeout (statements past it are cancelled), and one that would commit after the deadline
 * rolls back instead. Work outside a request (consumers, jobs, the outbox) keeps the plain behaviour.
 */
public class DeadlineTransactionManager extends JdbcTransactionManager {

    public DeadlineTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected int determineTimeout(TransactionDefinition definition) {
        int declared = super.determineTimeout(definition);
        return RequestDeadline.remaining().map(left -> {
            if (left.isNegative() || left.isZero()) {
                throw new TransactionTimedOutException("The request's time budget was spent before its transaction began");
            }
            int seconds = (int) Math.max(1, (left.toMillis() + 999) / 1000);
            return declared == TransactionDefinition.TIMEOUT_DEFAULT ? seconds : Math.min(declared, seconds);
        }).orElse(declared);
    }

    @Override
    protected void prepareForCommit(DefaultTransactionStatus status) {
        super.prepareForCommit(status);
        if (status.isNewTransaction() && RequestDeadline.remaining().filter(left -> left.isNegative() || left.isZero()).isPresent()) {
            throw new TransactionTimedOutException("The request's time budget ran out before it could commit; "
                    + "its caller has been told the outcome is unknown, so nothing is committed");
        }
    }
}
