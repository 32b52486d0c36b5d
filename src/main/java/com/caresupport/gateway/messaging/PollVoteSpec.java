package com.caresupport.gateway.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The gateway's line voting for a poll option ({@code add}) or taking its vote back ({@code remove}). */
public record PollVoteSpec(
        @NotBlank @Pattern(regexp = "add|remove", message = "must be add or remove") String operation,
        @NotBlank @Size(max = 128) String optionId) {
}
