export { startInstances, stopInstances } from './change-state.js';
export { callEc2, type Ec2Target } from './ec2-target.js';
export { type ListOptions, listInstances } from './list-instances.js';
