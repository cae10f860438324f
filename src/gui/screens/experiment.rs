//! The experiment screen: many computer-vs-computer games of the current scenario, with one
//! parameter varied, shown as outcome rates with 95% intervals and the median and 10–90%
//! band of a quantity over time. The same engine as `ai-race experiment`, played a little
//! each frame so the window keeps drawing (and the browser, which has no threads, too).

use crate::gui::bidi::{BidiResponse as _, BidiUi as _};
use egui::RichText;
use egui_plot::{Legend, Line, LineStyle, Plot, PlotPoints, Polygon};

use super::super::shell::WindowState;
use super::super::widgets::{big_button, num, num_plain, side_name};
use crate::ai::Level;
use crate::experiment::{METRICS, Spec, Stepper, Variant};
use crate::scenario::Scenario;
use crate::sim::quantity::Side;

/// The experiment screen's plugin: its form and run.
pub(super) fn plugin(app: &mut bevy::prelude::App) {
    app.init_resource::<ExperimentForm>();
    super::draws(app, super::super::shell::Screen::Experiment, draw);
}

fn draw(
    mut contexts: bevy_egui::EguiContexts,
    mut state: bevy::prelude::ResMut<WindowState>,
    mut form: bevy::prelude::ResMut<ExperimentForm>,
    new_game: bevy::prelude::Res<super::super::shell::NewGameForm>,
) -> bevy::prelude::Result {
    let chosen = new_game.scenario.as_ref();
    ui(
        &mut super::root(&mut contexts)?,
        &mut state,
        &mut form,
        chosen,
    );
    Ok(())
}

/// The experiment form and its run.
#[cfg_attr(feature = "gui", derive(bevy::prelude::Resource))]
pub struct ExperimentForm {
    /// Games per variant, as typed.
    pub runs: String,
    /// The computer's level, US then China.
    pub levels: [Level; 2],
    /// The parameter path to vary (empty: none).
    pub path: String,
    /// Its values, comma-separated.
    pub values: String,
    /// The seed, as typed.
    pub seed: String,
    /// Why the form cannot run.
    pub error: Option<String>,
    /// The run in progress or finished.
    pub run: Option<Stepper>,
    /// The results, once finished.
    pub results: Option<Vec<crate::experiment::VariantResult>>,
    /// Which metric the chart shows (index into [`METRICS`]).
    pub metric: usize,
    /// Each variant's name for people (the parameter in words and its value), in the order of
    /// the results; the path itself shows on hover.
    pub names: Vec<String>,
}

impl Default for ExperimentForm {
    fn default() -> Self {
        ExperimentForm {
            runs: "200".into(),
            levels: [Level::Easy, Level::Easy],
            path: "world.capability.returns_exponent".into(),
            values: "0.8, 1.0, 1.15".into(),
            seed: "1".into(),
            names: Vec::new(),
            error: None,
            run: None,
            results: None,
            metric: 0,
        }
    }
}

impl std::fmt::Debug for ExperimentForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExperimentForm")
            .field("runs", &self.runs)
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// The scenario experiments run on: the game's, else `chosen` (the new-game screen's).
fn current(state: &WindowState, chosen: Option<&Scenario>) -> Option<Scenario> {
    state
        .play
        .as_ref()
        .map(|p| p.scenario())
        .or(chosen)
        .cloned()
}

/// Start the experiment the form describes, on the game's scenario or else `chosen`.
pub(crate) fn start(
    state: &WindowState,
    form: &mut ExperimentForm,
    chosen: Option<&Scenario>,
) -> Result<(), String> {
    let base = current(state, chosen).ok_or_else(|| state.t("exp-no-scenario"))?;
    let runs: u32 = form
        .runs
        .trim()
        .parse()
        .ok()
        .filter(|n| (1..=100_000).contains(n))
        .ok_or_else(|| state.t("exp-bad-runs"))?;
    let seed: u64 = form
        .seed
        .trim()
        .parse()
        .map_err(|_| state.t("exp-bad-seed"))?;
    let vary = if form.path.trim().is_empty() {
        None
    } else {
        Some(format!("{}={}", form.path.trim(), form.values.trim()))
    };
    let variants: Vec<Variant> = crate::experiment::variants(&base, vary.as_deref())?;
    let words = param_words(state, form.path.trim());
    let names: Vec<String> = variants
        .iter()
        .map(|v| match v.value {
            Some(x) => format!("{words} = {}", num_plain(x)),
            None => state.strings.t("exp-as-written"),
        })
        .collect();
    let lookahead = form.levels.iter().any(|l| l.budget().is_some());
    let spec = Spec {
        runs,
        seed,
        levels: form.levels,
        doctrines: [None, None],
        variants,
    };
    form.run = Some(Stepper::new(spec, if lookahead { 2 } else { 256 }));
    form.names = names;
    form.results = None;
    Ok(())
}

/// A parameter's path in words: the side named, the rest with spaces
/// (`china.chips.smuggle_rate` → "China: chips smuggle rate"). The words are the file's
/// English: in another language the path is shown as it is written, an id.
fn param_words(state: &WindowState, path: &str) -> String {
    if !state.strings.lang().starts_with("en") {
        return path.to_owned();
    }
    let mut parts = path.split('.');
    let first = parts.next().unwrap_or_default();
    let rest: Vec<String> = parts.map(|p| p.replace('_', " ")).collect();
    let side = match first {
        "us" => Some(Side::Us),
        "china" => Some(Side::China),
        _ => None,
    };
    match side {
        Some(side) => format!("{}: {}", side_name(&state.strings, side), rest.join(" ")),
        None if first == "world" => rest.join(" "),
        None => format!("{} {}", first.replace('_', " "), rest.join(" ")),
    }
}

/// A parameter to vary: its path, value, source and range.
type ParamChoice = (String, f64, String, Option<(f64, f64)>);

/// Draw the experiment screen.
pub(crate) fn ui(
    root: &mut egui::Ui,
    state: &mut WindowState,
    form: &mut ExperimentForm,
    chosen: Option<&Scenario>,
) {
    // Play some of the experiment each frame.
    let mut finished = None;
    if let Some(run) = form.run.as_mut()
        && form.results.is_none()
    {
        let steps = if run.spec().levels.iter().any(|l| l.budget().is_some()) {
            1
        } else {
            6
        };
        for _ in 0..steps {
            if let Err(e) = run.step() {
                form.error = Some(e);
                break;
            }
        }
        if run.finished() {
            finished = Some(run.results());
        }
        root.ctx().request_repaint();
    }
    if let Some(r) = finished {
        form.results = Some(r);
    }
    let current_scenario = current(state, chosen);
    let scenario_name = current_scenario
        .as_ref()
        .map(|s| state.strings.scenario(&s.name));
    // Every parameter the scenario has, with its value and range, to pick from.
    let params: Vec<ParamChoice> = current_scenario
        .as_ref()
        .map(|s| {
            crate::scenario::params::param_list(s)
                .into_iter()
                .map(|(path, v, source)| {
                    let range = crate::scenario::params::param_range(s, &path);
                    (path, v, source, range)
                })
                .collect()
        })
        .unwrap_or_default();
    let mut go = false;
    let mut back = false;
    crate::gui::bidi::start_panel(root.ctx(), "exp-form")
        .default_size(330.0)
        .show(root, |ui| {
            ui.flow(|ui| {
                let t = &state.strings;
                ui.text_heading(t.t("exp-title"));
                ui.text_label(
                    RichText::new(scenario_name.unwrap_or_else(|| t.t("exp-no-scenario"))).strong(),
                );
                ui.text_label(RichText::new(t.t("exp-intro")).small());
                ui.add_space(6.0);
                ui.table(|ui| {
                    egui::Grid::new("exp-grid").num_columns(2).show(ui, |ui| {
                        ui.text_label(t.t("exp-runs"));
                        ui.add(egui::TextEdit::singleline(&mut form.runs).desired_width(90.0));
                        ui.end_row();
                        for (i, key) in ["exp-us", "exp-china"].into_iter().enumerate() {
                            ui.text_label(t.t(key));
                            egui::ComboBox::from_id_salt(key)
                                .selected_text(crate::gui::bidi::ordered(
                                    ui,
                                    crate::i18n::level_name(t, form.levels[i]),
                                    None,
                                ))
                                .show_ui(ui, |ui| {
                                    for l in [
                                        Level::Random,
                                        Level::Easy,
                                        Level::Rules,
                                        Level::Normal,
                                        Level::Hard,
                                    ] {
                                        ui.selectable_value(
                                            &mut form.levels[i],
                                            l,
                                            crate::gui::bidi::ordered(
                                                ui,
                                                crate::i18n::level_name(t, l),
                                                None,
                                            ),
                                        );
                                    }
                                });
                            ui.end_row();
                        }
                        ui.text_label(t.t("exp-seed"));
                        ui.add(egui::TextEdit::singleline(&mut form.seed).desired_width(90.0));
                        ui.end_row();
                    });
                });
                ui.add_space(6.0);
                ui.text_label(t.t("exp-vary"));
                let label =
                    |(path, v, _, range): &(String, f64, String, Option<(f64, f64)>)| match range {
                        Some((lo, hi)) => {
                            format!("{path} = {} ({}–{})", num(*v), num(*lo), num(*hi))
                        }
                        None => format!("{path} = {}", num(*v)),
                    };
                egui::ComboBox::from_id_salt("exp-param")
                    .width(300.0)
                    .selected_text(if form.path.trim().is_empty() {
                        t.t("exp-pick-param")
                    } else {
                        form.path.clone()
                    })
                    .show_ui(ui, |ui| {
                        egui::ScrollArea::vertical()
                            .max_height(360.0)
                            .show(ui, |ui| {
                                for p in &params {
                                    let chosen = form.path == p.0;
                                    if ui.text_selectable(chosen, label(p)).hover(&p.2).clicked() {
                                        form.path = p.0.clone();
                                        // The scenario's own range as the values to try.
                                        if let Some((lo, hi)) = p.3 {
                                            form.values = format!("{lo},{},{hi}", p.1);
                                        }
                                    }
                                }
                            });
                    });
                ui.add(
                    egui::TextEdit::singleline(&mut form.path)
                        .hint_text("world.capability.returns_exponent")
                        .desired_width(300.0),
                );
                ui.text_label(t.t("exp-values"));
                ui.add(egui::TextEdit::singleline(&mut form.values).desired_width(300.0));
                ui.text_label(RichText::new(t.t("exp-vary-hint")).small());
                ui.add_space(8.0);
                let running = form.run.is_some() && form.results.is_none();
                ui.row(|ui| {
                    if ui.text_button(t.t("back")).clicked() {
                        back = true;
                    }
                    if ui
                        .add_enabled_ui(!running, |ui| big_button(ui, t.t("exp-run")))
                        .inner
                        .clicked()
                    {
                        go = true;
                    }
                });
                if let Some(run) = &form.run
                    && form.results.is_none()
                {
                    ui.add(egui::ProgressBar::new(run.progress() as f32).show_percentage());
                    if ui.text_button(t.t("exp-stop")).clicked() {
                        form.run = None;
                    }
                }
                if let Some(e) = &form.error {
                    ui.text_label(RichText::new(e).color(egui::Color32::DARK_RED));
                }
            });
        });
    egui::CentralPanel::default().show(root, |ui| {
        ui.flow(|ui| {
            let t = &state.strings;
            let Some(results) = &form.results else {
                ui.text_label(t.t("exp-empty"));
                return;
            };
            ui.text_label(RichText::new(t.t("exp-outcomes")).size(18.0).strong());
            ui.table(|ui| {
                egui::Grid::new("exp-outcomes")
                    .striped(true)
                    .show(ui, |ui| {
                        crate::gui::bidi::text_cells(
                            ui,
                            [
                                "exp-col-variant",
                                "exp-col-us",
                                "exp-col-china",
                                "exp-col-draw",
                                "exp-col-loss",
                            ]
                            .map(|h| RichText::new(t.t(h)).strong()),
                        );
                        for (i, r) in results.iter().enumerate() {
                            let rates = ["us", "china", "draw", "shared_loss"].map(|v| {
                                let (p, lo, hi) = r.rate(v);
                                format!("{p:.1}%  ({lo:.1}–{hi:.1})")
                            });
                            let name = form.names.get(i).unwrap_or(&r.label);
                            let [a, b, c, d] = &rates;
                            crate::gui::bidi::cells(
                                ui,
                                &mut [
                                    &mut |ui| {
                                        ui.text_label(name.as_str()).hover(&r.label);
                                    },
                                    &mut |ui| {
                                        ui.text_label(a.as_str());
                                    },
                                    &mut |ui| {
                                        ui.text_label(b.as_str());
                                    },
                                    &mut |ui| {
                                        ui.text_label(c.as_str());
                                    },
                                    &mut |ui| {
                                        ui.text_label(d.as_str());
                                    },
                                ],
                            );
                        }
                    });
            });
            ui.add_space(8.0);
            ui.row_wrapped(|ui| {
                for (i, m) in METRICS.iter().enumerate() {
                    ui.selectable_value(
                        &mut form.metric,
                        i,
                        crate::gui::bidi::ordered(ui, crate::i18n::metric_text(t, *m), None),
                    );
                }
            });
            let m = form.metric.min(METRICS.len() - 1);
            let palette = crate::charts::PALETTE;
            Plot::new("exp-plot")
                .legend(Legend::default().position(egui_plot::Corner::LeftTop))
                .x_axis_label(t.t("charts-x"))
                .y_axis_label(crate::gui::bidi::visual(
                    ui.ctx(),
                    crate::i18n::metric_text(t, METRICS[m]),
                ))
                .show(ui, |p| {
                    for (i, r) in results.iter().enumerate() {
                        let (cr, cg, cb) = palette[i % palette.len()];
                        let colour = egui::Color32::from_rgb(cr, cg, cb);
                        for (k, w) in r.bands.windows(2).enumerate() {
                            let (a, b) = (w[0][m], w[1][m]);
                            let (x0, x1) = (k as f64, k as f64 + 1.0);
                            // Unnamed: the legend takes the line's colour, not the band's.
                            p.polygon(
                                Polygon::new(
                                    "",
                                    PlotPoints::from(vec![
                                        [x0, a.p10],
                                        [x1, b.p10],
                                        [x1, b.p90],
                                        [x0, a.p90],
                                    ]),
                                )
                                .fill_color(colour.gamma_multiply(0.1))
                                .stroke(egui::Stroke::NONE),
                            );
                        }
                        // Each band's edges in its variant's colour and dash, so overlapping
                        // bands stay apart where their fills mix.
                        let dashed = i % 2 == 1;
                        let series = |pick: fn(&crate::experiment::Band) -> f64| {
                            PlotPoints::from(
                                r.bands
                                    .iter()
                                    .enumerate()
                                    .map(|(k, row)| [k as f64, pick(&row[m])])
                                    .collect::<Vec<_>>(),
                            )
                        };
                        for edge in [
                            |b: &crate::experiment::Band| b.p10,
                            |b: &crate::experiment::Band| b.p90,
                        ] {
                            let line = Line::new("", series(edge)).color(colour).width(1.5);
                            p.line(if dashed {
                                line.style(LineStyle::dashed_loose())
                            } else {
                                line.style(LineStyle::dotted_dense())
                            });
                        }
                        let line = Line::new(
                            form.names.get(i).unwrap_or(&r.label).clone(),
                            series(|b| b.p50),
                        )
                        .color(colour)
                        .width(2.5);
                        p.line(if dashed {
                            line.style(LineStyle::dashed_loose())
                        } else {
                            line
                        });
                    }
                });
        });
    });
    if go && let Err(e) = start(state, form, chosen) {
        form.error = Some(e);
    } else if go {
        form.error = None;
    }
    if back {
        state.go(state.previous);
    }
}
