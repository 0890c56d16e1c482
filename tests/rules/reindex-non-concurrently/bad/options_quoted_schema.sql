REINDEX (VERBOSE) TABLE app."OrdersArchive";
