//! Benchmark: how much room ten years of daily sessions take in storage.
//!
//! 3,650 sessions of 6 exercises each, a note on every tenth, in the stored format (2) and
//! in the first format (1) for comparison. localStorage allows about 5 MB per site, so the
//! target is well under 2 MB.
//!
//!     cargo run --example storage_size

use limber::domain::history::{ExerciseDone, Feeling, SessionRecord};
use limber::domain::pain::PainScore;
use limber::storage::envelope;

const EXERCISES: [&str; 6] = [
    "pelvic-tilt",
    "glute-bridge",
    "bird-dog",
    "dead-bug",
    "hamstring-strap",
    "knee-to-chest",
];

fn main() {
    let day: i64 = 86_400_000;
    let start: i64 = 1_795_564_800_000 - 3650 * day;
    let sessions: Vec<SessionRecord> = (0..3650i64)
        .map(|i| {
            let started_at = start + i * day + 7 * 3_600_000;
            SessionRecord {
                id: SessionRecord::make_id(started_at, (i as u32).wrapping_mul(2_654_435_761)),
                started_at,
                utc_offset_min: 60,
                routine_id: "core-basics".into(),
                routine_name: "Core basics".into(),
                level: 0,
                duration_secs: 640 + (i % 60) as u32,
                exercises: EXERCISES
                    .iter()
                    .map(|id| ExerciseDone {
                        id: (*id).into(),
                        sets_done: 2,
                        sets_planned: 2,
                        reps: 20,
                        secs: 80,
                        eased_from: None,
                        pain: None,
                    })
                    .collect(),
                pain_before: PainScore::new((i % 6) as u8),
                pain_after: PainScore::new((i % 4) as u8),
                feeling: Some(Feeling::AboutRight),
                note: (i % 10 == 0)
                    .then(|| "Hips a bit tight this morning, felt easier after the walk.".into()),
                ended_early: false,
                distance_m: None,
                morning: None,
            }
        })
        .collect();
    let v2 = envelope::encode(2, &sessions);
    let v1_len = v1_estimate(&sessions);
    println!(
        "storage: {} sessions, 6 exercises each, notes on 10%: {} bytes ({:.2} MB), {} bytes per session; first format would be {:.2} MB",
        sessions.len(),
        v2.len(),
        v2.len() as f64 / 1_048_576.0,
        v2.len() / sessions.len(),
        v1_len as f64 / 1_048_576.0
    );
}

/// Size of the same sessions written with named fields, as format 1 did.
fn v1_estimate(sessions: &[SessionRecord]) -> usize {
    let objects: Vec<serde_json::Value> = sessions
        .iter()
        .map(|s| {
            serde_json::json!({
                "id": s.id, "started_at": s.started_at, "utc_offset_min": s.utc_offset_min,
                "routine_id": s.routine_id, "routine_name": s.routine_name, "level": s.level,
                "duration_secs": s.duration_secs,
                "exercises": s.exercises.iter().map(|e| serde_json::json!({
                    "id": e.id, "sets_done": e.sets_done, "sets_planned": e.sets_planned,
                    "reps": e.reps, "secs": e.secs,
                })).collect::<Vec<_>>(),
                "pain_before": s.pain_before, "pain_after": s.pain_after,
                "feeling": s.feeling, "note": s.note,
            })
        })
        .collect();
    envelope::encode(1, &objects).len()
}
