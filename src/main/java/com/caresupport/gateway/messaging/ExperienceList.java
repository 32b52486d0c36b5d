package com.caresupport.gateway.messaging;

import java.util.List;

/** Every experience the account may send. */
public record ExperienceList(boolean success, List<ExperienceView> experiences) {
}
