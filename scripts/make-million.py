#!/usr/bin/env python3
"""Fills a Funnel database (created by `funnel`) with N deals and their stage history, for benchmarks.

Usage: make-million.py DB [N]. Deterministic (seeded), so every run measures the same data.
"""
import random, sqlite3, sys

path = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
random.seed(42)
db = sqlite3.connect(path)
pipeline_id, = db.execute("SELECT id FROM pipeline WHERE kind = 'sales' ORDER BY position LIMIT 1").fetchone()
stages = db.execute("SELECT id, name FROM stage WHERE pipeline_id = ? ORDER BY position", (pipeline_id,)).fetchall()
owners = ["Ann", "Bob", "Chen Wei", "Dana", "Eve", None]
sources = ["referral", "website", "cold call", "event", None]
reasons = ["price", "timing", "competitor", "no budget"]
currencies = ["USD", "USD", "USD", "EUR", "CNY"]
start = 1_735_689_600  # 2025-01-01
deals, changes = [], []
for i in range(1, count + 1):
    created = start + random.randrange(0, 690 * 86400)
    t = created
    stage = 0
    events = [(None, stages[0], "created", t)]
    while stage < len(stages) - 1 and random.random() < 0.6:
        t += random.randrange(3600, 20 * 86400)
        events.append((stages[stage], stages[stage + 1], "moved", t))
        stage += 1
    r = random.random()
    status, closed, reason = "open", None, None
    if r < 0.25:
        t += random.randrange(3600, 15 * 86400)
        status, closed = "won", t
        events.append((stages[stage], stages[stage], "won", t))
    elif r < 0.55:
        t += random.randrange(3600, 15 * 86400)
        status, closed, reason = "lost", t, random.choice(reasons)
        events.append((stages[stage], stages[stage], "lost", t))
    value = random.randrange(1, 500) * 10000
    month = random.randrange(0, 12)
    close = f"{2026 + (10 + month) // 12}-{(10 + month) % 12 + 1:02d}-15" if random.random() < 0.8 else None
    deals.append((i, f"Deal {i}", value, random.choice(currencies), pipeline_id, stages[stage][0], status, reason, close,
                  random.choice(owners), random.choice(sources), created, events[-1][3] if status == "open" else t, t, closed, -i))
    for frm, to, kind, at in events:
        changes.append((i, frm[0] if frm else None, to[0], frm[1] if frm else None, to[1], kind, at))
    if len(deals) >= 50_000:
        db.executemany("INSERT INTO deal (id, title, value, currency, pipeline_id, stage_id, status, lost_reason, expected_close, owner, source, created_at, stage_entered_at, updated_at, closed_at, lane_position) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", deals)
        db.executemany("INSERT INTO stage_change (deal_id, from_stage_id, to_stage_id, from_stage, to_stage, kind, at) VALUES (?,?,?,?,?,?,?)", changes)
        deals, changes = [], []
db.executemany("INSERT INTO deal (id, title, value, currency, pipeline_id, stage_id, status, lost_reason, expected_close, owner, source, created_at, stage_entered_at, updated_at, closed_at, lane_position) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", deals)
db.executemany("INSERT INTO stage_change (deal_id, from_stage_id, to_stage_id, from_stage, to_stage, kind, at) VALUES (?,?,?,?,?,?,?)", changes)
db.commit()
db.execute("ANALYZE")
db.commit()
