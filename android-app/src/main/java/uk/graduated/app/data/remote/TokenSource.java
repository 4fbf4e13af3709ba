package uk.graduated.app.data.remote;

import uk.graduated.app.sync.engine.SyncScope;

/** Where the transport gets the bearer token for a request. Tokens are never logged. */
public interface TokenSource {
    /** The device token for the device scope, the person's session token otherwise; null if none. */
    String tokenFor(SyncScope scope);
}
