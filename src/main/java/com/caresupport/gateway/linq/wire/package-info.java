/**
 * Linq Partner API V3 wire records, field for field as Linq sends and expects them (snake_case through the
 * global Jackson naming strategy; unset fields are omitted, unknown fields ignored). They are kept apart
 * from the internal API's records so that the gateway's contract stays stable when Linq's changes.
 */
package com.caresupport.gateway.linq.wire;
