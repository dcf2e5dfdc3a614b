-- What a balance reads of each event, stored beside its payload (`storage/codec.py`
-- `summary_json`: a meal's kcal, protein, carbs, fat and unresolved items, an exercise's
-- energy, a run's duration and distance when its pace counts, a weigh-in's mass). A runner's
-- first message since the bot started read a month of payloads and decoded every meal with
-- its items to sum it; now it reads these few numbers, and decodes only the last two days'
-- training. Rows stored before this step keep NULL and are decoded as before (the balance
-- window moves past them within 28 days; a year of weigh-ins within 400).
ALTER TABLE events ADD COLUMN sums TEXT;
