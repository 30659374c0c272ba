/** The simulators that exist, for the index page and full-screen routes. Kept free of engine code. */
export const simulatorCatalog = [
  {
    id: 'vm',
    title: 'Containers vs virtual machines',
    summary:
      'Two identical hosts: one runs VMs on a hypervisor, one runs containers on a shared kernel. Launch both, watch boot times, memory overhead and density, then survive a traffic burst.',
    lesson: 'containers-vs-vms',
    defaultPreset: 'burst',
  },
] as const;

export type SimulatorId = (typeof simulatorCatalog)[number]['id'];
