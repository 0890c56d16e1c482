DROP INDEX app."OrdersArchive_CreatedAt_idx";
