/**
 * The canonical report JSON (schema version 1) as records, the one configured Jackson mapper, and the
 * published JSON Schema every output is validated against. Field names here are the spec's, binding.
 */
package org.nianbao.model;
