package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.BindException;
import org.junit.jupiter.api.Test;

class StartFailureTest {

    @Test
    void oneLineWithEachCauseThatSaysMore() {
        Exception bind = new BindException("Address already in use");
        Exception ours = new IllegalStateException("the console cannot listen on 127.0.0.1:8480 (Address already in use)", bind);
        assertEquals("the console cannot listen on 127.0.0.1:8480 (Address already in use)", StartFailure.reason(ours));
        Exception wrapped = new RuntimeException(ours);   // message is the cause's toString: adds nothing
        assertEquals("the console cannot listen on 127.0.0.1:8480 (Address already in use)", StartFailure.reason(wrapped));
        assertEquals("cannot open\nthe index: disk full".replace('\n', ' '),
                StartFailure.reason(new IllegalStateException("cannot open\nthe index", new java.io.IOException("disk full"))));
        assertEquals("NullPointerException", StartFailure.reason(new NullPointerException()));
    }
}
