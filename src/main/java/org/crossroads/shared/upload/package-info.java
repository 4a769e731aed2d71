/**
 * Uploads kept on disk rather than in the heap, checked files awaiting confirmation (with a total size cap and
 * an expiry), and the limit of imports one account runs at a time. Part of the shared core.
 */
package org.crossroads.shared.upload;
