package org.nianbao;

import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The service's last start-up line and its last line when stopping, instead of Camel's route tables. */
final class StartStopLines extends MainListenerSupport {

    private static final Logger LOG = LoggerFactory.getLogger(StartStopLines.class);

    @Override
    public void afterStart(BaseMainSupport main) {
        LOG.info("ready: drop reports into the inbox; stop with Ctrl-C or SIGTERM");
    }

    @Override
    public void afterStop(BaseMainSupport main) {
        LOG.info("stopped");
    }
}
