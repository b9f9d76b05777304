/**
 * Cross-source reconciliation: given the reports of one negotiation, what the sources agree on,
 * what only one source says, and where they conflict — each value with the sources that support it,
 * their evidence and any assessment. Comparison rules are in {@link org.parley.reconcile.Compare}.
 */
@ParleyStyle
package org.parley.reconcile;

import org.parley.model.ParleyStyle;
