package org.neo4j.internal.batchimport.store;

import org.neo4j.io.pagecache.PageCache;
import org.neo4j.io.pagecache.tracing.DatabaseFlushEvent;
import org.neo4j.util.concurrent.BinaryLatch;

/**
 * Replaces Neo4j 5.26's class of this name for the offline importer (devdb.jar comes before
 * Neo4j's jars on the class path, so the JVM loads this one). Neo4j's flushes the whole page
 * cache in a loop without pause while a stage runs: on a machine of many cores a spare one
 * writes dirty pages early, but on two cores the loop took a fifth of the importer's CPU from
 * its two workers (most of it scanning pages that were clean). This one flushes only every
 * {@code hkgraph.importer.flushPauseMillis} milliseconds (default 1000; 0 flushes without
 * pause, as Neo4j's); the store is flushed in full when each stage ends either way, so what
 * the importer writes is the same. Same package, name, constructor and methods as Neo4j's
 * (BatchingNeoStores calls them): compiled against Neo4j's jars, a change in a later version
 * fails the build.
 */
class PageCacheFlusher extends Thread {
    private static final long PAUSE_MILLIS = Long.getLong("hkgraph.importer.flushPauseMillis", 1000);

    private final PageCache pageCache;
    private final BinaryLatch halt = new BinaryLatch();
    private final Object pause = new Object();
    private volatile boolean halted;
    private volatile Throwable error;

    PageCacheFlusher(PageCache pageCache) {
        super("PageCacheFlusher");
        this.pageCache = pageCache;
    }

    @Override
    public void run() {
        try {
            while (!halted) {
                synchronized (pause) {
                    if (PAUSE_MILLIS > 0 && !halted) {
                        pause.wait(PAUSE_MILLIS);
                    }
                }
                if (!halted) {
                    pageCache.flushAndForce(DatabaseFlushEvent.NULL);
                }
            }
        } catch (Throwable e) {
            error = e;
        } finally {
            halt.release();
        }
    }

    void halt() {
        halted = true;
        synchronized (pause) {
            pause.notifyAll();
        }
        halt.await();
        if (error != null) {
            if (error instanceof RuntimeException r) {
                throw r;
            }
            if (error instanceof Error e) {
                throw e;
            }
            throw new RuntimeException(error);
        }
    }

    public Throwable getError() {
        return error;
    }
}
