/**
 * Parley's own helpers shared by validation and reconciliation. Not API: the module does not export
 * this package, and its classes may change in any release.
 */
@ParleyStyle
package org.parley.internal;

import org.parley.model.ParleyStyle;
