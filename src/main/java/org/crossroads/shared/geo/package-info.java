/** Geography shared by the modules: distances between places. */
package org.crossroads.shared.geo;
