/**
 * The canonical model: one record per concept, written as the canonical JSON. A component that may be null is marked
 * {@link org.profstd.model.Nullable}; every other one, lists included, is never null.
 */
package org.profstd.model;
