// The page's side of the benchmark: window.mapBench is what the C# driver reads. A page calls
// ready() once land and markers are drawn, wraps its own per-frame and per-report work in
// timed(), and counts each new set of marker positions that reaches the screen.

const state = {
    ready: false,
    error: null,
    info: {},
    workMs: 0,
    screenUpdates: 0,
};

addEventListener('error', event => fail(event.error ?? event.message));
addEventListener('unhandledrejection', event => fail(event.reason));

export function ready(info) {
    Object.assign(state.info, info, { webgl: webglRenderer(info.canvas) });
    delete state.info.canvas;
    state.ready = true;
}

export function fail(error) {
    state.error = String(error?.stack ?? error);
    console.error(state.error);
}

/** Runs fn and adds its time to the page's own work. */
export function timed(fn) {
    const started = performance.now();
    try {
        return fn();
    } finally {
        state.workMs += performance.now() - started;
    }
}

export function screenUpdated() {
    state.screenUpdates++;
}

/** The WebGL renderer string, from the map's own context when it has one. */
function webglRenderer(canvas) {
    const gl = canvas?.getContext('webgl2') ?? document.createElement('canvas').getContext('webgl2')
        ?? document.createElement('canvas').getContext('webgl');
    if (!gl) {
        return 'no WebGL';
    }
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    return `${gl.getParameter(gl.VERSION)}; ${debug ? gl.getParameter(debug.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)}`;
}

window.mapBench = {
    get ready() { return state.ready; },
    get error() { return state.error; },
    get info() { return state.info; },

    /** Records every animation frame's timestamp for durationMs, with the page's own work meanwhile. */
    record(durationMs) {
        return new Promise(resolve => {
            const timestamps = [];
            const workBefore = state.workMs;
            const updatesBefore = state.screenUpdates;
            const frame = time => {
                timestamps.push(time);
                if (time - timestamps[0] < durationMs) {
                    requestAnimationFrame(frame);
                } else {
                    resolve({
                        timestamps,
                        workMs: state.workMs - workBefore,
                        screenUpdates: state.screenUpdates - updatesBefore,
                    });
                }
            };
            requestAnimationFrame(frame);
        });
    },
};
