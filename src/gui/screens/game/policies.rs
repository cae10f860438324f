//! Policies by category, with their controls and tooltips.

use super::*;

pub(super) fn status_text(t: &Strings, st: PolicyStatus) -> String {
    match st {
        PolicyStatus::Off => t.t("policy-status-off"),
        PolicyStatus::On { .. } => t.t("policy-status-on"),
        PolicyStatus::Level { level, .. } => {
            t.f("policy-status-level", &[("level", u32::from(level).into())])
        }
        PolicyStatus::Building { turns_left } => {
            t.f("policy-status-building", &[("turns", turns_left.into())])
        }
        PolicyStatus::Built { .. } => t.t("policy-status-built"),
    }
}

pub(super) fn policy_tooltip(ui: &mut Ui, t: &Strings, s: &Scenario, id: PolicyId) {
    let Some(p) = id.def(s) else {
        return;
    };
    ui.set_max_width(420.0);
    ui.text_label(RichText::new(t.scenario(&p.name)).strong());
    ui.text_label(t.scenario(&p.description));
    ui.text_label(t.f(
        "policy-cost",
        &[
            ("capital", num(p.cost.capital).into()),
            ("money", num(p.cost.money).into()),
        ],
    ));
    if !p.expects.is_empty() {
        ui.text_label(t.t("policy-expect"));
        for e in &p.expects {
            let (key, path) = match e {
                Expectation::Rises(q) => ("policy-expect-rises", q),
                Expectation::Falls(q) => ("policy-expect-falls", q),
            };
            ui.text_label(format!(
                "  • {}",
                t.f(key, &[("quantity", quantity_text(t, path.0).into())])
            ));
        }
    }
    let names = |ids: &[String]| -> String {
        ids.iter()
            .map(|i| {
                s.policies
                    .iter()
                    .find(|q| &q.id == i)
                    .map_or_else(|| i.clone(), |q| t.scenario(&q.name))
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !p.requires.is_empty() {
        ui.text_label(t.f("policy-requires", &[("list", names(&p.requires).into())]));
    }
    if !p.excludes.is_empty() {
        ui.text_label(t.f("policy-excludes", &[("list", names(&p.excludes).into())]));
    }
    ui.text_label(
        RichText::new(t.f("policy-source", &[("source", t.scenario(&p.source).into())]))
            .italics()
            .small(),
    );
    if !p.prompt.is_empty() {
        ui.text_label(
            RichText::new(t.f("policy-prompt", &[("prompt", t.scenario(&p.prompt).into())]))
                .small(),
        );
    }
}

pub(super) fn policies_panel(
    ui: &mut Ui,
    t: &Strings,
    play: &Play,
    view: &SideView,
    actions: &mut Vec<Action>,
) {
    let s = play.scenario();
    let side = view.side;
    let human = play.is_human(side);
    let drafts = play.drafts(side);
    ui.text_label(RichText::new(t.t("panel-policies")).strong());
    let mut categories: Vec<&str> = Vec::new();
    for p in &s.policies {
        if p.side.allows(side) && !categories.contains(&p.category.as_str()) {
            categories.push(&p.category);
        }
    }
    for cat in categories {
        egui::CollapsingHeader::new(RichText::new(category_name(t, cat)).strong())
            .id_salt(("cat", cat))
            .default_open(true)
            .show(ui, |ui| {
                ui.table(|ui| {
                    egui::Grid::new(("pol", cat))
                        .num_columns(3)
                        .striped(true)
                        .max_col_width(250.0)
                        .show(ui, |ui| {
                            for (i, p) in s.policies.iter().enumerate() {
                                if p.category != cat || !p.side.allows(side) {
                                    continue;
                                }
                                let Some(id) = PolicyId::at(i) else { continue };
                                let status = view
                                    .own
                                    .policies
                                    .status
                                    .get(i)
                                    .copied()
                                    .unwrap_or(PolicyStatus::Off);
                                let drafted = drafts.iter().any(|c| c.policy() == Some(id));
                                let mut name = RichText::new(t.scenario(&p.name));
                                if status.in_force() {
                                    name = name.strong();
                                }
                                cells(
                                    ui,
                                    &mut [
                                        &mut |ui| {
                                            ui.text_label(name.clone())
                                                .hover_ui(|ui| policy_tooltip(ui, t, s, id));
                                        },
                                        &mut |ui| {
                                            ui.text_label(
                                                RichText::new(status_text(t, status)).small(),
                                            );
                                        },
                                        &mut |ui| {
                                            // Left to right inside its cell: a right-to-left
                                            // row would reach past the cell.
                                            ui.horizontal(|ui| {
                                                ui.add_enabled_ui(human, |ui| {
                                                    policy_controls(
                                                        ui, t, p, id, status, drafted, drafts,
                                                        actions,
                                                    );
                                                });
                                            });
                                        },
                                    ],
                                );
                            }
                        });
                });
            });
    }
}

#[expect(clippy::too_many_arguments, reason = "one row of the policy table")]
pub(super) fn policy_controls(
    ui: &mut Ui,
    t: &Strings,
    p: &crate::scenario::PolicyDef,
    id: PolicyId,
    status: PolicyStatus,
    drafted: bool,
    drafts: &[Command],
    actions: &mut Vec<Action>,
) {
    match &p.kind {
        PolicyKind::Toggle => {
            let (label, cmd) = if status.in_force() {
                (t.t("policy-repeal"), Command::Repeal { policy: id })
            } else {
                (t.t("policy-enact"), Command::Enact { policy: id })
            };
            if ui
                .add(
                    egui::Button::new(crate::gui::bidi::ordered(ui, label, None)).selected(drafted),
                )
                .hover(t.scenario(&p.name))
                .clicked()
            {
                actions.push(Action::Draft(cmd));
            }
        }
        PolicyKind::Project { .. } => {
            if matches!(status, PolicyStatus::Off)
                && ui
                    .add(
                        egui::Button::new(crate::gui::bidi::ordered(ui, t.t("policy-build"), None))
                            .selected(drafted),
                    )
                    .hover(t.scenario(&p.name))
                    .clicked()
            {
                actions.push(Action::Draft(Command::Enact { policy: id }));
            }
        }
        PolicyKind::Levels { levels, .. } => {
            let current = match status {
                PolicyStatus::Level { level, .. } => level,
                _ => 0,
            };
            let drafted_level = drafts.iter().find_map(|c| match c {
                Command::SetLevel { policy, level } if *policy == id => Some(*level),
                _ => None,
            });
            for (k, l) in levels.iter().enumerate() {
                let k8 = u8::try_from(k).unwrap_or(u8::MAX);
                let selected = drafted_level.map_or(k8 == current, |d| d == k8);
                let r = ui
                    .add(egui::Button::new(format!("{k}")).selected(selected))
                    .hover(format!(
                        "{} {k}: {}",
                        t.t("policy-level"),
                        t.scenario(&l.name)
                    ));
                if r.clicked() && k8 != current {
                    actions.push(Action::Draft(Command::SetLevel {
                        policy: id,
                        level: k8,
                    }));
                }
            }
        }
    }
}
