//! One module per screen, each with its own Bevy plugin: the plugin registers the screen's
//! own state (its form, a resource), its drawing system (run while `State<Screen>` shows it)
//! and what happens on entering it. A screen draws from the shared
//! [`super::shell::WindowState`] and its own state into a root `egui::Ui`, and asks for
//! another screen with [`super::shell::WindowState::go`]; the tests draw the same functions
//! through [`super::shell::Shell`].
//!
//! Must not: hold rules or talk to the game except through [`super::play::Play`].

use bevy::prelude::*;
use bevy_egui::EguiContexts;

pub(crate) mod charts;
pub(crate) mod end;
pub(crate) mod experiment;
pub(crate) mod game;
pub(crate) mod help;
pub(crate) mod join;
pub(crate) mod load;
pub(crate) mod new_game;
pub(crate) mod title;

/// The set of the screens' drawing systems (the window sets up egui before it).
#[derive(SystemSet, Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct ScreenSystems;

/// Every screen's plugin.
pub(crate) fn plugin(app: &mut App) {
    app.add_plugins((
        title::plugin,
        new_game::plugin,
        load::plugin,
        game::plugin,
        charts::plugin,
        end::plugin,
        experiment::plugin,
        join::plugin,
    ));
}

/// The root `egui::Ui` a screen draws into: the whole window, on egui's background layer.
fn root(contexts: &mut EguiContexts) -> Result<egui::Ui> {
    let ctx = contexts.ctx_mut()?.clone();
    Ok(egui::Ui::new(
        ctx.clone(),
        egui::Id::new("root"),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    ))
}

/// Draw a screen that reads the shared state and its own state `T` while it is shown.
fn draws_with<T: Resource + Component<Mutability = bevy::ecs::component::Mutable>>(
    app: &mut App,
    screen: super::shell::Screen,
    f: fn(&mut egui::Ui, &mut super::shell::WindowState, &mut T),
) {
    let system = move |mut contexts: EguiContexts,
                       mut state: ResMut<super::shell::WindowState>,
                       mut own: ResMut<T>|
          -> Result {
        f(&mut root(&mut contexts)?, &mut state, &mut own);
        Ok(())
    };
    draws(app, screen, system);
}

/// Run a screen's drawing system while the screen is shown.
fn draws<M>(
    app: &mut App,
    screen: super::shell::Screen,
    system: impl IntoScheduleConfigs<bevy::ecs::system::ScheduleSystem, M>,
) {
    app.add_systems(
        bevy_egui::EguiPrimaryContextPass,
        system.in_set(ScreenSystems).run_if(in_state(screen)),
    );
}
