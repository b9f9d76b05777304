/**
 * Validation of a whole {@link org.parley.model.Dataset}: the rules that depend on more than one
 * record (references, evidence offsets, delegations), reported as data — every {@link
 * org.parley.validate.Violation} with its severity, stable code, JSON Pointer and message — never as
 * an exception and never only the first.
 */
@ParleyStyle
package org.parley.validate;

import org.parley.model.ParleyStyle;
