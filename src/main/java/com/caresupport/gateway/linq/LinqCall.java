package com.caresupport.gateway.linq;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean whose methods call Linq under the gateway's fault-tolerance policies: {@link LinqUnavailability}
 * then sits outside them, so the caller sees only Linq's refusal ({@link LinqRejectedException}) or
 * {@link LinqUnavailableException}, whatever the method returns.
 */
@InterceptorBinding
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface LinqCall {
}
