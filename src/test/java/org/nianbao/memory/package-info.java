/** Memory: large legal inputs made on the fly, and the service converting them at the documented heap. */
package org.nianbao.memory;
