package org.crossroads.network.exchanges;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No exchange with this id, or none the reader may see (an exchange is not found for anyone outside its two cities). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ExchangeNotFoundException extends RuntimeException {

    public ExchangeNotFoundException(long id) {
        super("No exchange " + id);
    }
}
