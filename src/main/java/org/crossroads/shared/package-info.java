/**
 * The small shared core: database bootstrap, web layout and language support, text normalisation.
 * Every module may use it; it depends on no feature module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared core", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.crossroads.shared;
