package org.parley.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every Parley value type. It is applied per package (see the
 * {@code package-info.java} files), never per type, because Immutables styles do not merge.
 *
 * <p>Generated {@code Immutable*} classes stay package-private and are hidden behind the abstract
 * type ({@code overshadowImplementation}): callers write {@code Demand.builder()}, never
 * {@code ImmutableDemand}. Only JDK collections are used ({@code jdkOnly}), so core has no run-time
 * dependency. This annotation is an implementation detail of Parley's own packages, read only while
 * they are compiled: its retention is SOURCE, so it is not in the class files and a user's compiler,
 * which has no Immutables, never warns about an annotation it cannot find.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    validationMethod = Value.Style.ValidationMethod.SIMPLE)
public @interface ParleyStyle {}
