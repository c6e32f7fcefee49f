import { definitions } from '../test-support/bpmn';
import { EngineHarness } from '../test-support/harness';

const link = (name: string) => `<bpmn:linkEventDefinition name="${name}"/>`;
const task = (id: string, type: string, inner = '') =>
  `<bpmn:serviceTask id="${id}"><bpmn:extensionElements><zeebe:taskDefinition type="${type}"/></bpmn:extensionElements>${inner}</bpmn:serviceTask>`;

describe('link events', () => {
  let h: EngineHarness;
  beforeEach(async () => (h = await EngineHarness.start()));
  afterEach(() => h.stop());

  it('a throw link continues at the catch link of the same name, without a sequence flow', async () => {
    // given: start → A → throw "toB" … catch "toB" → B → end
    await h.deploy('p.bpmn', definitions(`<bpmn:process id="p" isExecutable="true">
      <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
      ${task('a', 'a', '<bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>')}
      <bpmn:intermediateThrowEvent id="goB"><bpmn:incoming>f2</bpmn:incoming>${link('toB')}</bpmn:intermediateThrowEvent>
      <bpmn:intermediateCatchEvent id="atB"><bpmn:outgoing>f3</bpmn:outgoing>${link('toB')}</bpmn:intermediateCatchEvent>
      ${task('b', 'b', '<bpmn:incoming>f3</bpmn:incoming><bpmn:outgoing>f4</bpmn:outgoing>')}
      <bpmn:endEvent id="e"><bpmn:incoming>f4</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="a"/><bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="goB"/>
      <bpmn:sequenceFlow id="f3" sourceRef="atB" targetRef="b"/><bpmn:sequenceFlow id="f4" sourceRef="b" targetRef="e"/></bpmn:process>`));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });

    // when
    const [a] = await h.jobs('a');
    await h.engine.completeJob(a.jobKey, { fromA: 1 });

    // then
    expect(h.active(processInstanceKey)).toEqual(['b']);
    expect(h.completed(processInstanceKey)).toEqual(['s', 'a', 'goB', 'atB']);
    const taken = h.engine.db.prepare(`SELECT element_id FROM history WHERE intent = 'SEQUENCE_FLOW_TAKEN' AND process_instance_key = ? ORDER BY seq`).all(Number(processInstanceKey));
    expect(taken).toEqual([{ element_id: 'f1' }, { element_id: 'f2' }, { element_id: 'f3' }]);
    const [b] = await h.jobs('b');
    expect(b.variables).toEqual({ fromA: 1 });
    await h.engine.completeJob(b.jobKey, {});
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
  });

  it('several throws may lead to one catch, and a link can form a retry loop', async () => {
    // given: try → gateway: ok → end; retry → throw "again" → catch "again" → try
    await h.deploy('loop.bpmn', definitions(`<bpmn:process id="loop" isExecutable="true">
      <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
      <bpmn:intermediateCatchEvent id="again"><bpmn:outgoing>f0</bpmn:outgoing>${link('again')}</bpmn:intermediateCatchEvent>
      <bpmn:exclusiveGateway id="merge"><bpmn:incoming>f1</bpmn:incoming><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:exclusiveGateway>
      ${task('try', 'try', '<bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing>')}
      <bpmn:exclusiveGateway id="ok" default="f5"><bpmn:incoming>f3</bpmn:incoming><bpmn:outgoing>f4</bpmn:outgoing><bpmn:outgoing>f5</bpmn:outgoing><bpmn:outgoing>f6</bpmn:outgoing></bpmn:exclusiveGateway>
      <bpmn:intermediateThrowEvent id="retry1"><bpmn:incoming>f4</bpmn:incoming>${link('again')}</bpmn:intermediateThrowEvent>
      <bpmn:intermediateThrowEvent id="retry2"><bpmn:incoming>f6</bpmn:incoming>${link('again')}</bpmn:intermediateThrowEvent>
      <bpmn:endEvent id="done"><bpmn:incoming>f5</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f0" sourceRef="again" targetRef="merge"/><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="merge"/>
      <bpmn:sequenceFlow id="f2" sourceRef="merge" targetRef="try"/><bpmn:sequenceFlow id="f3" sourceRef="try" targetRef="ok"/>
      <bpmn:sequenceFlow id="f4" sourceRef="ok" targetRef="retry1"><bpmn:conditionExpression>=result = "retry"</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="f6" sourceRef="ok" targetRef="retry2"><bpmn:conditionExpression>=result = "later"</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="f5" sourceRef="ok" targetRef="done"/></bpmn:process>`));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'loop' });

    // when
    for (const result of ['retry', 'later', 'ok']) {
      const [job] = await h.jobs('try');
      await h.engine.completeJob(job.jobKey, { result });
    }

    // then
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
    const tries = h.engine.db.prepare(`SELECT COUNT(*) AS n FROM element_instances WHERE element_id = 'try' AND process_instance_key = ?`).get(Number(processInstanceKey));
    expect(tries).toEqual({ n: 3 });
    expect(h.completed(processInstanceKey).filter((id) => id.startsWith('retry') || id === 'again')).toEqual(['retry1', 'again', 'retry2', 'again']);
  });

  it('links within a sub-process stay in the sub-process', async () => {
    await h.deploy('p.bpmn', definitions(`<bpmn:process id="p" isExecutable="true">
      <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
      <bpmn:subProcess id="sub"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
        <bpmn:startEvent id="ss"><bpmn:outgoing>s1</bpmn:outgoing></bpmn:startEvent>
        <bpmn:intermediateThrowEvent id="jump"><bpmn:incoming>s1</bpmn:incoming>${link('L')}</bpmn:intermediateThrowEvent>
        <bpmn:intermediateCatchEvent id="land"><bpmn:outgoing>s2</bpmn:outgoing>${link('L')}</bpmn:intermediateCatchEvent>
        ${task('inner', 'inner', '<bpmn:incoming>s2</bpmn:incoming><bpmn:outgoing>s3</bpmn:outgoing>')}
        <bpmn:endEvent id="se"><bpmn:incoming>s3</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="s1" sourceRef="ss" targetRef="jump"/><bpmn:sequenceFlow id="s2" sourceRef="land" targetRef="inner"/><bpmn:sequenceFlow id="s3" sourceRef="inner" targetRef="se"/>
      </bpmn:subProcess>
      <bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="sub"/><bpmn:sequenceFlow id="f2" sourceRef="sub" targetRef="e"/></bpmn:process>`));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });
    expect(h.active(processInstanceKey)).toEqual(['sub', 'inner']);
    const land = h.engine.db.prepare(`SELECT l.flow_scope_key AS scope, s.element_id AS scopeId FROM element_instances l JOIN element_instances s ON s.key = l.flow_scope_key WHERE l.element_id = 'land'`).get();
    expect(land).toMatchObject({ scopeId: 'sub' });
    const [job] = await h.jobs('inner');
    await h.engine.completeJob(job.jobKey, {});
    expect(h.state(processInstanceKey)).toBe('COMPLETED');
  });

  it('an inclusive join waits for a branch that continues through a link', async () => {
    // given: fork (both conditions true) → A → join, and B → throw "toJoin" … catch "toJoin" → join
    await h.deploy('p.bpmn', definitions(`<bpmn:process id="p" isExecutable="true">
      <bpmn:startEvent id="s"><bpmn:outgoing>f0</bpmn:outgoing></bpmn:startEvent>
      <bpmn:inclusiveGateway id="fork"><bpmn:incoming>f0</bpmn:incoming><bpmn:outgoing>f1</bpmn:outgoing><bpmn:outgoing>f2</bpmn:outgoing></bpmn:inclusiveGateway>
      ${task('a', 'a', '<bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing>')}
      ${task('b', 'b', '<bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f4</bpmn:outgoing>')}
      <bpmn:intermediateThrowEvent id="goJoin"><bpmn:incoming>f4</bpmn:incoming>${link('toJoin')}</bpmn:intermediateThrowEvent>
      <bpmn:intermediateCatchEvent id="atJoin"><bpmn:outgoing>f5</bpmn:outgoing>${link('toJoin')}</bpmn:intermediateCatchEvent>
      <bpmn:inclusiveGateway id="join"><bpmn:incoming>f3</bpmn:incoming><bpmn:incoming>f5</bpmn:incoming><bpmn:outgoing>f6</bpmn:outgoing></bpmn:inclusiveGateway>
      ${task('after', 'after', '<bpmn:incoming>f6</bpmn:incoming><bpmn:outgoing>f7</bpmn:outgoing>')}
      <bpmn:endEvent id="e"><bpmn:incoming>f7</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="fork"/>
      <bpmn:sequenceFlow id="f1" sourceRef="fork" targetRef="a"><bpmn:conditionExpression>=true</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="b"><bpmn:conditionExpression>=true</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="f3" sourceRef="a" targetRef="join"/><bpmn:sequenceFlow id="f4" sourceRef="b" targetRef="goJoin"/>
      <bpmn:sequenceFlow id="f5" sourceRef="atJoin" targetRef="join"/><bpmn:sequenceFlow id="f6" sourceRef="join" targetRef="after"/>
      <bpmn:sequenceFlow id="f7" sourceRef="after" targetRef="e"/></bpmn:process>`));
    const { processInstanceKey } = await h.engine.createProcessInstance({ processDefinitionId: 'p' });

    // when: A finishes first; B is still running upstream of the link
    const [a] = await h.jobs('a');
    await h.engine.completeJob(a.jobKey, {});

    // then: the join waits for B
    expect(h.active(processInstanceKey)).toEqual(['b']);
    const [b] = await h.jobs('b');
    await h.engine.completeJob(b.jobKey, {});
    expect(h.active(processInstanceKey)).toEqual(['after']);
    expect(await h.jobs('after')).toHaveLength(1);
  });

  describe('deployment', () => {
    const rejects = (xml: string, message: RegExp) => expect(h.deploy('bad.bpmn', xml)).rejects.toMatchObject({ kind: 'INVALID_ARGUMENT', message: expect.stringMatching(message) });
    const process = (body: string) => definitions(`<bpmn:process id="p" isExecutable="true">
      <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
      <bpmn:intermediateThrowEvent id="jump"><bpmn:incoming>f1</bpmn:incoming>${link('A')}</bpmn:intermediateThrowEvent>
      <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="jump"/>
      ${body}</bpmn:process>`);
    const catchA = (id: string, outgoing: string) => `<bpmn:intermediateCatchEvent id="${id}"><bpmn:outgoing>${outgoing}</bpmn:outgoing>${link('A')}</bpmn:intermediateCatchEvent>`;

    it('refuses a throw link without a catch link of that name, naming the throw event', () =>
      rejects(process(''), /Element 'jump': Can't find a catch link event for the throw link event with the name 'A'/));

    it('refuses a throw link whose catch is in another scope', () =>
      rejects(
        process(`<bpmn:subProcess id="sub">
          <bpmn:startEvent id="ss"><bpmn:outgoing>s1</bpmn:outgoing></bpmn:startEvent><bpmn:endEvent id="se"><bpmn:incoming>s1</bpmn:incoming></bpmn:endEvent>
          <bpmn:sequenceFlow id="s1" sourceRef="ss" targetRef="se"/>
          ${catchA('inSub', 's2')}<bpmn:endEvent id="se2"><bpmn:incoming>s2</bpmn:incoming></bpmn:endEvent><bpmn:sequenceFlow id="s2" sourceRef="inSub" targetRef="se2"/>
        </bpmn:subProcess>`),
        /Element 'jump': Can't find a catch link event for the throw link event with the name 'A'/,
      ));

    it('refuses two catch links of the same name in a scope, naming the second', () =>
      rejects(
        process(`${catchA('c1', 'f2')}${catchA('c2', 'f3')}<bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
          <bpmn:sequenceFlow id="f2" sourceRef="c1" targetRef="e"/><bpmn:sequenceFlow id="f3" sourceRef="c2" targetRef="e"/>`),
        /Element 'c2': Multiple intermediate catch link event definitions with the same name 'A' are not allowed \(also 'c1'\)/,
      ));

    it('refuses a catch link name used again in a sub-process, as Zeebe checks a process and its sub-processes together', () =>
      rejects(
        process(`${catchA('c1', 'f2')}<bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent><bpmn:sequenceFlow id="f2" sourceRef="c1" targetRef="e"/>
          <bpmn:subProcess id="sub">
            <bpmn:startEvent id="ss"><bpmn:outgoing>s1</bpmn:outgoing></bpmn:startEvent><bpmn:endEvent id="se"><bpmn:incoming>s1</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="s1" sourceRef="ss" targetRef="se"/>
            ${catchA('inSub', 's2')}<bpmn:endEvent id="se2"><bpmn:incoming>s2</bpmn:incoming></bpmn:endEvent><bpmn:sequenceFlow id="s2" sourceRef="inSub" targetRef="se2"/>
          </bpmn:subProcess>`),
        /Element 'inSub': Multiple intermediate catch link event definitions with the same name 'A'/,
      ));

    it('refuses a link event without a name, and a link event that is not intermediate', async () => {
      await rejects(
        definitions(`<bpmn:process id="p" isExecutable="true">
          <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
          <bpmn:intermediateThrowEvent id="jump"><bpmn:incoming>f1</bpmn:incoming><bpmn:linkEventDefinition/></bpmn:intermediateThrowEvent>
          <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="jump"/></bpmn:process>`),
        /Element 'jump': link name must be present and not empty/,
      );
      await rejects(
        definitions(`<bpmn:process id="p" isExecutable="true">
          <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
          <bpmn:endEvent id="e"><bpmn:incoming>f1</bpmn:incoming>${link('A')}</bpmn:endEvent>
          <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="e"/></bpmn:process>`),
        /Element 'e': link events can only be intermediate throw or catch events/,
      );
    });

    it('accepts a catch link that no throw leads to, as Zeebe does', async () => {
      const res = await h.deploy('ok.bpmn', definitions(`<bpmn:process id="p" isExecutable="true">
        <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent><bpmn:endEvent id="e"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="e"/>
        ${catchA('lonely', 'f2')}<bpmn:endEvent id="e2"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent><bpmn:sequenceFlow id="f2" sourceRef="lonely" targetRef="e2"/></bpmn:process>`));
      expect(res.processes).toHaveLength(1);
    });
  });
});
