//! The rollouts behind a lookahead decision: the rival sampled from the fog, games rebuilt from a side's view, and every candidate played forward on every sample in one ensemble.

use super::*;

/// A plausible rival state drawn from the view's estimates.
pub(super) fn sample_rival(view: &SideView, rng: &mut Stream) -> BlocState {
    // Start from the player's own state for structure; every quantity is then replaced.
    let mut rival = view.own.clone();
    let mut z = standard_normal_pair(rng);
    for (i, (q, e)) in view.rival.iter().enumerate() {
        if i % 2 == 0 && i > 0 {
            z = standard_normal_pair(rng);
        }
        let zi = z[i % 2].clamp(-2.5, 2.5);
        rival.set(*q, fog::plausible(e, *q, zi));
    }
    rival.policies = Policies {
        status: view.rival_policies.clone(),
    };
    rival
}

/// Make a sampled rival consistent: recompute what the simulation derives from the sampled
/// inputs (compute from chips and power, L and capability from compute and efficiency).
pub(super) fn rederive(s: &Scenario, b: &mut BlocState, pace: f64) {
    let (raw, cap, effective) = derive(s, &b.chips, &b.energy, b.compute.utilisation);
    b.compute.raw = raw;
    b.compute.power_cap = cap;
    b.compute.effective = effective;
    b.research.log_compute = log_compute(effective, b.research.efficiency);
    b.research.capability = capability(b.research.log_compute, &s.world.capability);
    b.research.capability_gain = 0.0;
    b.research.pace = pace;
}

/// A starting position for rollouts from what the player knows.
pub(super) fn snapshot_from_view(
    s: &Scenario,
    view: &SideView,
    rival: BlocState,
    seed: u64,
) -> Snapshot {
    let world = |q: GameQ| {
        view.world
            .iter()
            .find(|(g, _)| *g == q)
            .map_or(0.0, |(_, v)| *v)
    };
    let blocs = match view.side {
        Side::Us => [view.own.clone(), rival],
        Side::China => [rival, view.own.clone()],
    };
    // The effects of the policies in force, as already applied (their held parts are in the
    // numbers already; what they add each turn goes on).
    let mut effects = ActiveEffects::default();
    start_initial_effects(s, [&blocs[0].policies, &blocs[1].policies], &mut effects);
    for e in &mut effects.list {
        e.starts = view.turn + 1;
        if matches!(e.duration, Duration::Held | Duration::HeldFor(_)) {
            e.applied_times = 1;
        }
    }
    Snapshot {
        calendar: Calendar { turn: view.turn },
        outcome: Outcome::Running,
        streams: Streams::new(seed).state(),
        tension: Tension {
            value: world(GameQ::Tension),
        },
        risk: Risk {
            value: world(GameQ::Risk),
        },
        bubble: Bubble {
            pressure: world(GameQ::Bubble),
            prev_private: blocs[0].funding.private + blocs[1].funding.private,
            prev_adoption: blocs[0].adoption.share + blocs[1].adoption.share,
        },
        frontier: Frontier {
            quality: world(GameQ::FrontierQuality),
            perf_per_watt: world(GameQ::FrontierPerfPerWatt),
        },
        lead: Lead {
            months: view.lead_months.value,
        },
        markets: Markets {
            shares: view.markets,
        },
        orders: Orders::default(),
        effects,
        events: EventState {
            fired: view.events_fired.clone(),
            pending: view.pending_choices.clone(),
            forced: Vec::new(),
        },
        scorecard: view.scorecard.clone(),
        blocs,
    }
}

/// Every candidate played forward on every sample in one ensemble, a turn at a time; for
/// each candidate, its mean value (own score minus the rival's, judged with the doctrine's
/// weights) and mean US lead.
pub(super) struct Evaluation {
    pub(super) ensemble: Ensemble,
    /// Whose doctrine answers each side's choices that come up in the rollouts.
    answer_by: [Option<DoctrineDef>; 2],
    /// The chance each imagined game survives the racing risk it runs (the catastrophe draw
    /// is one in a few samples; the hazard itself is known every turn), so a candidate that
    /// raises risk pays for it smoothly rather than only in the samples where it strikes.
    survival: Vec<f64>,
    candidates: usize,
    turn: u32,
    depth: u32,
}

impl Evaluation {
    #[expect(
        clippy::too_many_arguments,
        reason = "one evaluation's inputs, passed explicitly"
    )]
    pub(super) fn new(
        s: &Scenario,
        view: &SideView,
        base: &[Command],
        candidates: &[Vec<Command>],
        samples: &[(BlocState, u64)],
        depth: u32,
        answer_by: [Option<DoctrineDef>; 2],
        spare: Option<Ensemble>,
    ) -> Evaluation {
        let mut snapshots = Vec::with_capacity(candidates.len() * samples.len());
        for _ in candidates {
            for (rival, seed) in samples {
                snapshots.push(snapshot_from_view(s, view, rival.clone(), *seed));
            }
        }
        // The worlds of the decision's previous evaluation, if any, are reused.
        let mut ensemble = match spare {
            Some(mut e) => {
                e.reset(&snapshots);
                e
            }
            None => Ensemble::from_snapshots(s, &snapshots),
        };
        for (c, candidate) in candidates.iter().enumerate() {
            let orders = with_candidate(base, candidate);
            for k in 0..samples.len() {
                for command in &orders {
                    let _ = ensemble.submit(c * samples.len() + k, view.side, *command);
                }
            }
        }
        Evaluation {
            survival: vec![1.0_f64; ensemble.len()],
            answer_by,
            ensemble,
            candidates: candidates.len(),
            turn: 0,
            depth,
        }
    }

    /// Play one turn; true once all `depth` turns are played.
    pub(super) fn step(&mut self, s: &Scenario) -> bool {
        if self.turn >= self.depth {
            return true;
        }
        let risk = &s.world.risk;
        let floor = risk.safe_below.v().min(99.0);
        if self.turn > 0 {
            // Choices that came up in the rollouts are answered by doctrine.
            for k in 0..self.ensemble.len() {
                for c in self.ensemble.pending_choices(k) {
                    let choice =
                        doctrine_answer(s, self.answer_by[c.side.index()].as_ref(), c.event);
                    let _ = self.ensemble.submit(
                        k,
                        c.side,
                        Command::AnswerEvent {
                            event: c.event,
                            choice,
                        },
                    );
                }
            }
        }
        self.ensemble.advance_turn();
        for (k, alive) in self.survival.iter_mut().enumerate() {
            if self.ensemble.outcome(k).is_some_and(|o| o.is_over()) {
                continue;
            }
            let r = self
                .ensemble
                .value(k, crate::sim::quantity::Quantity::Game(GameQ::Risk));
            let x = ((r - floor) / (100.0 - floor)).clamp(0.0, 1.0);
            *alive *= 1.0 - (risk.catastrophe_scale.v() * x * x * x).clamp(0.0, 1.0);
        }
        self.turn += 1;
        self.turn >= self.depth
    }

    pub(super) fn results(
        &self,
        judged: &Scenario,
        side: Side,
        samples: usize,
    ) -> (Vec<(f64, f64)>, Vec<Vec<f64>>) {
        let me = side.index();
        let worst = {
            let w = &judged.score.weights;
            w.lead + w.market + w.adoption + w.economy + w.stability
        };
        (0..self.candidates)
            .map(|c| {
                let (mut each, mut lead) = (Vec::with_capacity(samples), 0.0);
                for k in 0..samples {
                    let Some(snap) = self.ensemble.snapshot(c * samples + k) else {
                        continue;
                    };
                    let r = score(judged, &snap);
                    let alive = self.survival[c * samples + k];
                    each.push(match snap.outcome {
                        Outcome::Catastrophe { .. } => -worst,
                        _ => {
                            alive * (r.scores[me].total - r.scores[1 - me].total)
                                - (1.0 - alive) * worst
                        }
                    });
                    lead += snap.lead.months;
                }
                let n = samples.max(1) as f64;
                ((each.iter().sum::<f64>() / n, lead / n), each)
            })
            .unzip()
    }
}
