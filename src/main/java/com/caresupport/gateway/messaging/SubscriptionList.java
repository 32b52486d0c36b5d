package com.caresupport.gateway.messaging;

import java.util.List;

/** Every webhook subscription of the account, active or not. */
public record SubscriptionList(boolean success, List<SubscriptionView> subscriptions) {
}
