package org.ascend.cohort.offer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Expires offers past their deadline every minute, on one instance at a time (ShedLock), promoting the waiting list. */
@Component
class OfferExpiry {

    private static final Logger log = LoggerFactory.getLogger(OfferExpiry.class);

    private final OfferService offers;

    OfferExpiry(OfferService offers) {
        this.offers = offers;
    }

    @Scheduled(fixedDelayString = "${ascend.offers.expiry-interval:PT1M}", initialDelayString = "PT10S")
    @SchedulerLock(name = "offer-expiry", lockAtMostFor = "PT5M", lockAtLeastFor = "PT5S")
    public void expireDue() {
        int expired = offers.expireDue();
        if (expired > 0) {
            log.info("Expired {} offers past their deadline", expired);
        }
    }
}
