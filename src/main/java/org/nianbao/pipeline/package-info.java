/** Bytes in, canonical report or failure reason out: detection, conversion and extraction in one call. */
package org.nianbao.pipeline;
