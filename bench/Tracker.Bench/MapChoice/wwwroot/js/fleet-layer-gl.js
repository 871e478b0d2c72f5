// A MapLibre custom WebGL layer for the fleet: each marker is one GL point whose position the
// vertex shader interpolates between its last two reports, so a frame uploads nothing and
// builds no objects; a report uploads only the markers it moved.
import { mercatorX, mercatorY, reportIntervalMs } from './fleet.js';
import { spriteSize } from './sprites.js';
import { statusColours } from './view.js';

const vertexShader = `#version 300 es
uniform mat4 u_matrix;
uniform float u_now;
uniform float u_interval;
uniform float u_size;
in vec2 a_from;
in vec2 a_to;
in float a_since;
in float a_heading;
in float a_status;
out float v_heading;
out float v_status;
void main() {
    float f = clamp((u_now - a_since) / u_interval, 0.0, 1.0);
    gl_Position = u_matrix * vec4(mix(a_from, a_to, f), 0.0, 1.0);
    gl_PointSize = u_size;
    v_heading = radians(a_heading);
    v_status = a_status;
}`;

// The arrow is drawn in the point sprite: rotate the sprite coordinate back by the heading and
// test it against the arrow's outline, with a darker rim as on the canvas sprites.
const fragmentShader = `#version 300 es
precision mediump float;
uniform vec4 u_colours[4];
in float v_heading;
in float v_status;
out vec4 colour;
bool arrow(vec2 q) {
    if (q.y < -0.9 || q.y > 0.9) return false;
    if (abs(q.x) > 0.72 * (q.y + 0.9) / 1.8) return false;
    return q.y < 0.4 + abs(q.x) * (0.5 / 0.72);
}
void main() {
    vec2 p = gl_PointCoord * 2.0 - 1.0;
    float c = cos(v_heading);
    float s = sin(v_heading);
    vec2 q = vec2(c * p.x + s * p.y, -s * p.x + c * p.y);
    if (!arrow(q)) discard;
    colour = arrow(q * 1.3) ? u_colours[int(v_status + 0.5)] : vec4(0.0, 0.0, 0.0, 0.75);
}`;

const floatsPerMarker = 7; // from x y, to x y, since, heading, status

function compile(gl, type, source) {
    const shader = gl.createShader(type);
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
        throw new Error(gl.getShaderInfoLog(shader));
    }
    return shader;
}

function rgba(hex) {
    return [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255).concat(1);
}

export class FleetGlLayer {
    /** options.interpolate: glide between reports; without it a marker jumps to each new report. */
    constructor(fleet, options) {
        this.id = 'fleet-gl';
        this.type = 'custom';
        this.renderingMode = '2d';
        this.fleet = fleet;
        this.interval = options.interpolate ? reportIntervalMs : 1e-3;
        this.data = new Float32Array(fleet.count * floatsPerMarker);
        // Times are sent relative to the page's start of reports, so float32 keeps them exact.
        this.epoch = performance.now();
        for (let i = 0; i < fleet.count; i++) {
            const o = i * floatsPerMarker;
            this.data[o] = this.data[o + 2] = mercatorX(fleet.lon[i]);
            this.data[o + 1] = this.data[o + 3] = mercatorY(fleet.lat[i]);
            this.data[o + 5] = fleet.heading[i];
            this.data[o + 6] = fleet.status[i];
        }
        this.dirtyFirst = 0;
        this.dirtyEnd = fleet.count;
    }

    /** Markers [first, end) reported; uploaded at the next render, inside MapLibre's GL turn. */
    report(first, end, now) {
        const { fleet, data } = this;
        for (let i = first; i < end; i++) {
            const o = i * floatsPerMarker;
            data[o] = data[o + 2];
            data[o + 1] = data[o + 3];
            data[o + 2] = mercatorX(fleet.lon[i]);
            data[o + 3] = mercatorY(fleet.lat[i]);
            data[o + 4] = now - this.epoch;
            data[o + 5] = fleet.heading[i];
            data[o + 6] = fleet.status[i];
        }
        this.dirtyFirst = Math.min(this.dirtyFirst, first);
        this.dirtyEnd = Math.max(this.dirtyEnd, end);
    }

    onAdd(map, gl) {
        this.map = map;
        const program = gl.createProgram();
        gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, vertexShader));
        gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, fragmentShader));
        gl.linkProgram(program);
        if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
            throw new Error(gl.getProgramInfoLog(program));
        }
        this.program = program;
        this.uniforms = Object.fromEntries(['u_matrix', 'u_now', 'u_interval', 'u_size', 'u_colours']
            .map(name => [name, gl.getUniformLocation(program, name)]));

        this.buffer = gl.createBuffer();
        this.vao = gl.createVertexArray();
        gl.bindVertexArray(this.vao);
        gl.bindBuffer(gl.ARRAY_BUFFER, this.buffer);
        gl.bufferData(gl.ARRAY_BUFFER, this.data.byteLength, gl.DYNAMIC_DRAW);
        const stride = floatsPerMarker * 4;
        [['a_from', 2, 0], ['a_to', 2, 2], ['a_since', 1, 4], ['a_heading', 1, 5], ['a_status', 1, 6]].forEach(([name, size, offset]) => {
            const location = gl.getAttribLocation(program, name);
            gl.enableVertexAttribArray(location);
            gl.vertexAttribPointer(location, size, gl.FLOAT, false, stride, offset * 4);
        });
        gl.bindVertexArray(null);
    }

    render(gl, options) {
        if (this.dirtyEnd > this.dirtyFirst) {
            gl.bindBuffer(gl.ARRAY_BUFFER, this.buffer);
            gl.bufferSubData(gl.ARRAY_BUFFER, this.dirtyFirst * floatsPerMarker * 4, this.data,
                this.dirtyFirst * floatsPerMarker, (this.dirtyEnd - this.dirtyFirst) * floatsPerMarker);
            this.dirtyFirst = this.fleet.count;
            this.dirtyEnd = 0;
        }
        gl.useProgram(this.program);
        // Mercator [0, 1] coordinates to clip space, as MapLibre's custom layer examples use.
        gl.uniformMatrix4fv(this.uniforms.u_matrix, false, options.defaultProjectionData.mainMatrix);
        gl.uniform1f(this.uniforms.u_now, performance.now() - this.epoch);
        gl.uniform1f(this.uniforms.u_interval, this.interval);
        gl.uniform1f(this.uniforms.u_size, spriteSize * devicePixelRatio);
        gl.uniform4fv(this.uniforms.u_colours, statusColours.flatMap(rgba));
        gl.bindVertexArray(this.vao);
        gl.drawArrays(gl.POINTS, 0, this.fleet.count);
        gl.bindVertexArray(null);
    }
}
