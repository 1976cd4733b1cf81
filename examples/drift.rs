//! Benchmark: how far the player's step boundaries drift from plan over a long session.
//!
//! Runs the longest routine one level up and then morning mobility (together over 30
//! minutes with get-ready steps), ticking the way the page does but irregularly (every
//! 200-350 ms, as on a busy phone) with one 40 s gap as if the page were hidden. Prints
//! the worst and mean difference between when each step was seen to start and when the
//! plan says it should have. Not a pass/fail test: the numbers go in the closing note;
//! `domain::player` tests assert exactness.
//!
//!     cargo run --example drift

use limber::domain::catalog;
use limber::domain::player::Player;
use limber::domain::routine::Level;

/// Start times of every step, as planned, when nothing interferes.
fn plan(player: &Player, t0: i64) -> Vec<i64> {
    let mut probe = player.clone();
    let mut starts = Vec::new();
    let mut t = t0;
    while let (Some(_), Some(len)) = (probe.step(), probe.step_total_ms()) {
        starts.push(t);
        t += len;
        probe.advance_to(t);
    }
    starts.push(t);
    starts
}

fn main() {
    let sessions = [("full-maintenance", 1), ("morning-mobility", 0)];
    let mut now: i64 = 1_795_564_800_000;
    let (mut k, mut ticks, mut caught_up) = (0u64, 0u64, 0usize);
    let mut drifts = Vec::new();
    let mut minutes = 0.0;
    for (id, level) in sessions {
        let Some(routine) = catalog::routine(id) else {
            eprintln!("routine {id} missing");
            std::process::exit(1);
        };
        let mut player = Player::new(routine.clone(), Level::new(level), None, now);
        let planned = plan(&player, now);
        minutes += (planned.last().copied().unwrap_or(now) - now) as f64 / 60_000.0;
        while !player.is_finished() {
            k += 1;
            ticks += 1;
            now += 200 + (k * 7919 % 151) as i64;
            if k == 1000 {
                now += 40_000; // hidden for 40 s
            }
            let before = player.step_index();
            player.advance_to(now);
            let after = player.step_index();
            if after != before {
                // Steps passed over inside one tick (the hidden gap) cannot be seen
                // starting; the one the player lands on can, and must start on plan.
                caught_up += after - before - 1;
                let started = player.snapshot(now).step_started_at;
                drifts.push((started - planned[after]).abs());
            }
        }
    }
    let worst = drifts.iter().copied().max().unwrap_or(0);
    let mean = drifts.iter().sum::<i64>() as f64 / drifts.len().max(1) as f64;
    println!(
        "drift: {} step starts over {minutes:.1} min simulated ({ticks} irregular ticks; \
         {caught_up} steps passed inside a 40 s gap): worst {worst} ms, mean {mean:.2} ms",
        drifts.len(),
    );
}
