//! The quarter's news, your drafted orders and the event cards waiting for an answer.

use super::*;

/// A news item in words, or None if the viewer may not see it.
pub(crate) fn news_text(t: &Strings, s: &Scenario, viewer: Side, n: &News) -> Option<String> {
    let refused = |reason: String| t.f("news-rejected", &[("reason", reason.into())]);
    match n {
        News::Loaded | News::Computer { .. } => None,
        News::Refused { side, order, error } => {
            (*side == viewer).then(|| refused(crate::i18n::rejected_text(t, s, order, None, error)))
        }
        News::Journal(JournalEntry::OrderRejected {
            side,
            order,
            via,
            error,
        }) => {
            (*side == viewer).then(|| refused(crate::i18n::rejected_text(t, s, order, *via, error)))
        }
        News::Journal(e) => Some(crate::i18n::journal_text(t, s, e)),
    }
}

pub(super) fn news_panel(ui: &mut Ui, t: &Strings, play: &Play) {
    ui.text_label(RichText::new(t.t("panel-news")).strong());
    let s = play.scenario();
    let mut last_turn = None;
    for (turn, n) in play.news.iter().rev().take(60) {
        let Some(text) = news_text(t, s, play.viewer, n) else {
            continue;
        };
        if last_turn != Some(*turn) {
            ui.text_label(
                RichText::new(crate::i18n::quarter_text(t, s, *turn))
                    .small()
                    .strong(),
            );
            last_turn = Some(*turn);
        }
        ui.text_label(RichText::new(format!("• {text}")).small());
    }
}

pub(super) fn orders_panel(
    ui: &mut Ui,
    t: &Strings,
    play: &Play,
    refused: &Option<crate::sim::orders::CommandError>,
    actions: &mut Vec<Action>,
) {
    ui.text_label(RichText::new(t.t("panel-orders")).strong());
    let drafts = play.drafts(play.viewer);
    if !play.is_human(play.viewer) && drafts.is_empty() && refused.is_none() {
        // Watching the computer: no orders of one's own to list.
        ui.separator();
        return;
    }
    // A fixed height for the list (it scrolls past four lines), so that drafting or removing
    // an order never moves the events and policy buttons below it under the pointer.
    let line = ui
        .text_style_height(&egui::TextStyle::Body)
        .max(ui.spacing().interact_size.y)
        + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical()
        .id_salt("orders-list")
        .max_height(line * 4.0)
        .min_scrolled_height(line * 4.0)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if drafts.is_empty() && play.is_human(play.viewer) {
                ui.text_label(RichText::new(t.t("panel-orders-none")).weak());
            }
            if let Some(r) = refused {
                let why = crate::i18n::refusal_text(t, play.scenario(), r);
                ui.text_label(
                    RichText::new(t.f("order-refused", &[("reason", why.into())]))
                        .color(Color32::DARK_RED),
                );
            }
            for (i, c) in drafts.iter().enumerate() {
                ui.row_wrapped(|ui| {
                    ui.text_label(format!("• {}", order_text(t, play.scenario(), c)));
                    if ui
                        .text_button(RichText::new(t.t("order-remove")).small())
                        .clicked()
                    {
                        actions.push(Action::RemoveDraft(i));
                    }
                });
            }
        });
    ui.separator();
}

pub(super) fn events_panel(
    ui: &mut Ui,
    t: &Strings,
    play: &Play,
    view: &SideView,
    actions: &mut Vec<Action>,
) {
    if view.pending_choices.is_empty() {
        return;
    }
    let s = play.scenario();
    ui.text_label(RichText::new(t.t("panel-events")).strong());
    let drafts = play.drafts(play.viewer);
    for pc in &view.pending_choices {
        let Some(def) = pc.event.def(s) else {
            continue;
        };
        egui::Frame::group(ui.style())
            .fill(Color32::from_rgb(0xFF, 0xF4, 0xD6))
            .show(ui, |ui| {
                ui.row_wrapped(|ui| {
                    // A card that arrived with this quarter's news is marked new.
                    if pc.turn == play.turn() {
                        ui.text_label(
                            RichText::new(t.t("event-new"))
                                .strong()
                                .color(Color32::WHITE)
                                .background_color(Color32::from_rgb(0xB0, 0x3A, 0x2E)),
                        );
                    }
                    ui.text_label(RichText::new(t.scenario(&def.name)).size(18.0).strong());
                });
                ui.text_label(t.scenario(&def.description));
                ui.text_label(
                    RichText::new(t.f(
                        "event-source",
                        &[("source", t.scenario(&def.source).into())],
                    ))
                    .small()
                    .italics(),
                );
                if !def.prompt.is_empty() {
                    ui.text_label(
                        RichText::new(t.f(
                            "policy-prompt",
                            &[("prompt", t.scenario(&def.prompt).into())],
                        ))
                        .small(),
                    );
                }
                ui.row_wrapped(|ui| {
                    ui.text_label(t.t("event-choose"));
                    for (k, choice) in def.choices.iter().enumerate() {
                        let k8 = u8::try_from(k).unwrap_or(u8::MAX);
                        let cmd = Command::AnswerEvent {
                            event: pc.event,
                            choice: k8,
                        };
                        let chosen = drafts.contains(&cmd);
                        if ui
                            .add_enabled(
                                play.is_human(play.viewer),
                                egui::Button::new(crate::gui::bidi::ordered(
                                    ui,
                                    t.scenario(&choice.label),
                                    None,
                                ))
                                .selected(chosen),
                            )
                            .hover_ui(|ui| choice_tooltip(ui, t, s, choice))
                            .on_disabled_hover_ui(|ui| choice_tooltip(ui, t, s, choice))
                            .clicked()
                        {
                            actions.push(Action::Draft(cmd));
                        }
                    }
                });
            });
    }
    ui.separator();
}

/// What an event's option does, as the scenario writes it.
pub(super) fn choice_tooltip(
    ui: &mut Ui,
    t: &Strings,
    s: &Scenario,
    choice: &crate::scenario::ChoiceDef,
) {
    use crate::scenario::ChoiceOrder;
    ui.set_max_width(420.0);
    ui.text_label(RichText::new(t.scenario(&choice.label)).strong());
    if choice.effects.is_empty() && choice.orders.is_empty() {
        ui.text_label(t.t("choice-nothing"));
        return;
    }
    ui.text_label(t.t("choice-does"));
    for e in &choice.effects {
        ui.text_label(format!("  • {}", crate::gui::widgets::effect_text(t, e)));
    }
    let name = |id: &str| {
        s.policies
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_string(), |p| t.scenario(&p.name))
    };
    for o in &choice.orders {
        let line = match o {
            ChoiceOrder::Enact(p) => t.f("choice-enact", &[("policy", name(p).into())]),
            ChoiceOrder::Repeal(p) => t.f("choice-repeal", &[("policy", name(p).into())]),
            ChoiceOrder::SetLevel(p, l) => t.f(
                "choice-level",
                &[("policy", name(p).into()), ("level", u32::from(*l).into())],
            ),
        };
        ui.text_label(format!("  • {line}"));
    }
}
