create index concurrently if not exists "Orders_Mood_idx" on PUBLIC.Orders (customer_mood);
