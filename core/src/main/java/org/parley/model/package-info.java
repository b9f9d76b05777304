/**
 * Parley's domain model: immutable, null-free value types that record what each source says about
 * a negotiation, anchored to the source's own words by {@link org.parley.model.Evidence}.
 *
 * <p>Construction rejects only values that can never be valid on their own (a blank id, month 13,
 * a negative count). Everything that depends on other records — references, offsets into a
 * document, calendar dates — is checked by {@link org.parley.validate.Validator}.
 */
@ParleyStyle
package org.parley.model;
