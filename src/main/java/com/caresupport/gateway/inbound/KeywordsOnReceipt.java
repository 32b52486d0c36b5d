package com.caresupport.gateway.inbound;

import com.caresupport.gateway.webhook.InboundAtReceipt;
import com.caresupport.gateway.webhook.InboundMessage;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Opt-out and opt-in keywords take effect when their webhook delivery is answered, not when its event is
 * processed: processing yields to the receiver under a burst, and a STOP waiting there let sends through.
 * The message goes through the pipeline as any other (stored once, keyword applied, handed over once); the
 * event's processing later finds it known.
 */
@ApplicationScoped
class KeywordsOnReceipt implements InboundAtReceipt {

    private final InboundPipeline pipeline;

    KeywordsOnReceipt(InboundPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public boolean mayConcern(String payload) {
        return OptOuts.mayHoldKeyword(payload);
    }

    @Override
    public void takeIn(InboundMessage message) {
        if (OptOuts.keyword(message.text()).isPresent()) {
            pipeline.accept(message);
        }
    }
}
