// English strings of the containers pages (keys "containersPages.*"); keys mirror ../zh/containers.js.
export default {};
