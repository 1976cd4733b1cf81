//! Benchmark: how far the player's step boundaries drift from plan over a long session.
//!
//! Runs the longest routine one level up (about 30 minutes with get-ready steps) with the page's
//! 200 ms tick made irregular (200-350 ms, as on a busy phone), plus one 40 s gap as if the
//! page were hidden, and prints the worst and mean difference between when each step
//! started and when the plan says it should have. Not a pass/fail test: the numbers go in
//! the closing note; `domain::player` tests assert the exactness.
//!
//!     cargo run --example drift

use limber::domain::catalog;
use limber::domain::player::Player;
use limber::domain::routine::Level;

fn main() {
    let Some(routine) = catalog::routine("full-maintenance") else {
        eprintln!("full-maintenance routine missing");
        std::process::exit(1);
    };
    let t0: i64 = 1_795_564_800_000;
    // One level up makes it about 30 minutes long.
    let mut player = Player::new(routine, Level::new(1), None, t0);
    // The plan: step i should start at t0 + sum of the planned lengths before it.
    let mut planned = Vec::new();
    {
        let mut probe = player.clone();
        let mut t = t0;
        while let (Some(_), Some(len)) = (probe.step(), probe.step_total_ms()) {
            planned.push(t);
            t += len;
            probe.advance_to(t);
        }
        planned.push(t);
    }
    let mut now = t0;
    let mut k: u64 = 0;
    let mut drifts = Vec::new();
    let mut ticks = 0u64;
    let mut caught_up = 0usize;
    while !player.is_finished() {
        k += 1;
        now += 200 + (k * 7919 % 151) as i64;
        if k == 1000 {
            now += 40_000; // hidden for 40 s
        }
        ticks += 1;
        let before = player.step_index();
        player.advance_to(now);
        let after = player.step_index();
        if after != before {
            // Steps passed over inside one tick (the hidden gap) cannot be seen starting;
            // the one the player lands on can, and must start exactly on plan.
            caught_up += after - before - 1;
            let started = player.snapshot(now).step_started_at;
            drifts.push((started - planned[after]).abs());
        }
    }
    let total = planned.last().copied().unwrap_or(t0) - t0;
    let worst = drifts.iter().copied().max().unwrap_or(0);
    let mean = drifts.iter().sum::<i64>() as f64 / drifts.len().max(1) as f64;
    println!(
        "drift: {} step starts seen over {:.1} min simulated ({ticks} irregular ticks; {caught_up} steps passed during a 40 s gap): worst {worst} ms, mean {mean:.2} ms",
        drifts.len(),
        total as f64 / 60_000.0
    );
}
