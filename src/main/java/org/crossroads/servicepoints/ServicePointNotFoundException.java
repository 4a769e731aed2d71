package org.crossroads.servicepoints;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No service point with this id (or none the reader may see). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ServicePointNotFoundException extends RuntimeException {

    public ServicePointNotFoundException(long id) {
        super("No service point " + id);
    }
}
