import { describe, expect, it } from 'vitest';
import { vmConsole } from './vm-console-driver';

const ready = () => vmConsole(1).type('docker run -d --name web -p 8080:80 nginx').wait(60_000);

describe('docker run', () => {
  it('prints the pull lines then the 64-hex container id, like docker', () => {
    const sim = vmConsole(1).type('docker run -d --name web nginx');
    const lines = sim.lines();
    expect(lines[0]).toBe("Unable to find image 'nginx:latest' locally");
    expect(lines[1]).toBe('latest: Pulling from library/nginx');
    expect(lines.filter((l) => l.endsWith(': Pulling fs layer'))).toHaveLength(7);
    expect(lines.at(-1)).toBe(sim.state.containers[0]?.id);
    expect(lines.at(-1)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('prints only the id when the image is cached', () => {
    const sim = ready().type('docker run -d nginx');
    expect(sim.output).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts grouped short flags and --flag=value', () => {
    const sim = vmConsole().type('docker run -dp 8080:80 --name=web -m 128m nginx');
    expect(sim.isError).toBe(false);
    expect(sim.state.containers[0]).toMatchObject({
      name: 'web',
      publish: { hostPort: 8080, containerPort: 80 },
      memoryLimitMiB: 128,
    });
  });

  it('reports a port already allocated with Docker’s text', () => {
    const sim = ready().type('docker run -d --name web2 -p 8080:80 nginx');
    expect(sim.isError).toBe(true);
    expect(sim.lines()[0]).toMatch(
      /^docker: Error response from daemon: driver failed programming external connectivity on endpoint web2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated\.$/,
    );
    expect(sim.lines()[1]).toBe("See 'docker run --help'.");
  });

  it('reports an unknown image with the pull error docker prints, then suggests the image meant', () => {
    const sim = vmConsole().type('docker run -d nginxx');
    expect(sim.toolOutput()).toBe(
      [
        "Unable to find image 'nginxx:latest' locally",
        "docker: Error response from daemon: pull access denied for nginxx, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
        "See 'docker run --help'.",
      ].join('\n'),
    );
    expect(sim.hint()).toMatch(/^Dockyard: did you mean "nginx"\? Images here: nginx, nginx:alpine, /);
  });

  it('names the tags there are after an unknown tag, and the lowercase name after an uppercase one', () => {
    expect(vmConsole().type('docker run -d nginx:9.9').hint()).toBe(
      'Dockyard: the nginx tags here are latest and alpine, e.g. nginx:alpine.',
    );
    expect(vmConsole().type('docker run -d NGINX').hint()).toBe(
      'Dockyard: image names are lowercase: did you mean "nginx"?',
    );
    expect(vmConsole().type('docker run -d kubernetes').hint()).toMatch(/^Dockyard: images here: nginx, /);
  });

  it('says what to do after Docker refuses a name, a port, or a memory limit', () => {
    expect(ready().type('docker run -d --name web nginx').hint()).toBe(
      'Dockyard: choose another --name, or remove the old container first (docker rm -f web).',
    );
    expect(ready().type('docker run -d --name web2 -p 8080:80 nginx').hint()).toBe(
      'Dockyard: publish another host port (e.g. -p 8081:80), or stop web, which holds 8080. Docker still created web2 without starting it; docker rm web2 removes it.',
    );
    expect(vmConsole().type('docker run -d -m 4m nginx').hint()).toMatch(/^Dockyard: give at least -m 6m/);
    expect(vmConsole().type('docker run -d --name -x nginx').hint()).toMatch(/^Dockyard: a name starts with/);
  });

  it('explains missing arguments, bad flags, bad ports and bad sizes, each followed by an example', () => {
    const run = vmConsole().type('docker run');
    expect(run.toolOutput()).toBe(
      "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information",
    );
    expect(run.hint()).toBe('Dockyard: name an image, e.g. docker run -d nginx.');
    const frob = vmConsole().type('docker run -d --frob nginx');
    expect(frob.toolOutput()).toBe("unknown flag: --frob\nSee 'docker run --help'.");
    expect(frob.hint()).toBe(
      'Dockyard: docker run takes -d, --name NAME, -p HOST:CONTAINER and -m SIZE here.',
    );
    const name = vmConsole().type('docker run -d --name');
    expect(name.toolOutput()).toBe("flag needs an argument: --name\nSee 'docker run --help'.");
    expect(name.hint()).toBe('Dockyard: give the flag a value, e.g. --name web.');
    const port = vmConsole().type('docker run -d -p 8080:x nginx');
    expect(port.toolOutput()).toBe("docker: Invalid containerPort: x.\nSee 'docker run --help'.");
    expect(port.hint()).toMatch(/^Dockyard: ports are whole numbers from 1 to 65535/);
    const size = vmConsole().type('docker run -d -m lots nginx');
    expect(size.toolOutput()).toBe(
      `docker: invalid argument "lots" for "-m, --memory" flag: invalid size: 'lots'\nSee 'docker run --help'.`,
    );
    expect(size.hint()).toBe('Dockyard: give a size with a unit, e.g. -m 128m or -m 1g.');
  });

  it('asks for -d rather than pretending to attach, and names flags it does not simulate', () => {
    expect(vmConsole().type('docker run nginx').output).toContain('add -d');
    expect(vmConsole().type('docker run -d --rm nginx').output).toBe(
      'Dockyard: docker run --rm is not simulated in this console; leave it out.',
    );
  });
});

describe('docker ps', () => {
  it('prints docker’s columns, aligned, newest first', () => {
    const sim = ready().type('docker run -d --name api nginx:alpine').wait(60_000).type('docker ps');
    const [api, web] = [sim.state.containers[1]?.id.slice(0, 12), sim.state.containers[0]?.id.slice(0, 12)];
    expect(sim.lines()).toEqual([
      'CONTAINER ID   IMAGE          COMMAND                  CREATED              STATUS              PORTS                                     NAMES',
      `${api}   nginx:alpine   "/docker-entrypoint.…"   58 seconds ago       Up 57 seconds       80/tcp                                    api`,
      `${web}   nginx          "/docker-entrypoint.…"   About a minute ago   Up About a minute   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web`,
    ]);
  });

  it('shows exited containers only with -a, with their exit code', () => {
    const sim = ready().type('docker stop web').wait(5000);
    expect(sim.type('docker ps').lines()).toHaveLength(1);
    expect(sim.type('docker ps -a').lines()[1]).toContain('Exited (0) 5 seconds ago');
  });

  it('prints only short ids with -q', () => {
    const sim = ready().type('docker ps -q');
    expect(sim.output).toBe(sim.state.containers[0]?.id.slice(0, 12));
  });
});

describe('docker images', () => {
  it('lists the cache with docker’s columns and SI sizes', () => {
    const lines = ready().type('docker images').lines();
    expect(lines[0]).toBe('REPOSITORY   TAG       IMAGE ID       CREATED       SIZE');
    expect(lines[1]).toMatch(/^nginx {8}latest {4}[0-9a-f]{12} {3}2 weeks ago {3}192MB$/);
  });
});

describe('docker pull', () => {
  it('prints the default tag, the pull and the layers as the pull starts', () => {
    const lines = vmConsole().type('docker pull alpine').lines();
    expect(lines).toEqual([
      'Using default tag: latest',
      'latest: Pulling from library/alpine',
      expect.stringMatching(/^[0-9a-f]{12}: Pulling fs layer$/),
    ]);
  });

  it('says the image is up to date when it is cached', () => {
    const lines = ready().type('docker pull nginx').lines();
    expect(lines[2]).toMatch(/^Digest: sha256:[0-9a-f]{64}$/);
    expect(lines[3]).toBe('Status: Image is up to date for nginx:latest');
    expect(lines[4]).toBe('docker.io/library/nginx:latest');
  });

  it('reports an unknown tag as a missing manifest, then the tags there are', () => {
    const sim = vmConsole().type('docker pull nginx:9.9');
    expect(sim.toolOutput()).toBe(
      'Error response from daemon: manifest for nginx:9.9 not found: manifest unknown: manifest unknown',
    );
    expect(sim.hint()).toBe('Dockyard: the nginx tags here are latest and alpine, e.g. nginx:alpine.');
  });
});

describe('docker stop and docker rm', () => {
  it('echoes each container it acted on and reports the missing ones in order', () => {
    const sim = ready().type('docker stop nosuch web');
    expect(sim.toolOutput()).toBe('Error response from daemon: No such container: nosuch\nweb');
    expect(sim.hint()).toBe('Dockyard: docker ps -a lists the containers by name and id.');
    expect(sim.isError).toBe(true);
    expect(sim.state.containers[0]?.status).toBe('exited');
  });

  it('refuses to remove a running container without -f', () => {
    const sim = ready().type('docker rm web');
    expect(sim.toolOutput()).toBe(
      'Error response from daemon: cannot remove container "/web": container is running: stop the container before removing or force remove',
    );
    expect(sim.hint()).toBe(
      'Dockyard: stop it first (docker stop web), or remove it anyway with docker rm -f web.',
    );
    expect(ready().type('docker rm -f web').state.containers).toEqual([]);
  });

  it('suggests a container name close to a mistyped one, once per kind of mistake', () => {
    const sim = ready().type('docker stop wbe nosuch');
    expect(sim.hint()).toBe(
      'Dockyard: did you mean "web"? docker ps -a lists the containers by name and id.\nDockyard: docker ps -a lists the containers by name and id.',
    );
  });

  it('needs at least one container', () => {
    expect(vmConsole().type('docker stop').output).toContain(
      "docker: 'docker stop' requires at least 1 argument",
    );
  });
});

describe('docker stats', () => {
  it('prints memory usage per running container with --no-stream', () => {
    const sim = ready().type('docker stats --no-stream');
    const [header, row] = sim.lines();
    expect(header).toBe(
      'CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT   MEM %     NET I/O   BLOCK I/O   PIDS',
    );
    const c = sim.state.containers[0];
    expect(row).toContain(`${(c?.workingSetMiB ?? 0) + (c?.shimMiB ?? 0)}MiB / 64GiB`);
  });

  it('asks for --no-stream instead of streaming forever', () => {
    expect(ready().type('docker stats').isError).toBe(true);
  });
});

describe('docker (program)', () => {
  it('answers an unknown subcommand with docker’s message, then what it probably meant', () => {
    const foo = vmConsole().type('docker foo');
    expect(foo.toolOutput()).toBe("docker: 'foo' is not a docker command.\nSee 'docker --help'");
    expect(foo.hint()).toBe(
      'Dockyard: this console simulates docker run, ps, images, pull, stop, rm, stats. Type help for examples.',
    );
    expect(vmConsole().type('docker sp').hint()).toBe(
      'Dockyard: did you mean "docker ps"? Type help for examples.',
    );
    expect(vmConsole().type('docker imagse').hint()).toBe(
      'Dockyard: did you mean "docker images"? Type help for examples.',
    );
  });

  it('says when a real docker command is not simulated', () => {
    expect(vmConsole().type('docker logs web').output).toMatch(/^Dockyard: docker logs is not simulated/);
  });
});
