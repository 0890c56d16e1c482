-- corpus-expect: none
DO $$
BEGIN
    CREATE TABLE IF NOT EXISTS nps_responses (
        id bigserial PRIMARY KEY,
        user_id bigint,
        score smallint
    );
END
$$;
ALTER TABLE nps_responses ADD CONSTRAINT nps_responses_score_range CHECK (score BETWEEN 0 AND 10);
ALTER TABLE nps_responses ALTER COLUMN score SET NOT NULL;
