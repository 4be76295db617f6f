// Notes a full 有価証券報告書 prints each year with its own figures: comprehensive income reclassifications, leases, fair values of
// financial instruments, derivatives, asset retirement obligations and rental property; and the board's meetings one by one.
import type { Block } from '../../../../types.js';
import type { JaReportContext } from '../context.js';
import { JA_REPORT_FACTS } from '../facts.js';
import { cell, row } from '../format.js';
import { drawn, ociSplit, periods } from './draws.js';

/** （連結包括利益計算書関係）: reclassification and tax effect of each item of other comprehensive income; the items sum to the change in AOCI. */
function* comprehensiveIncome(ctx: JaReportContext): Generator<Block> {
  const { sec, fx, ret, delta } = ociSplit(ctx);
  yield ctx.heading('（連結包括利益計算書関係）', '包括利益');
  yield ctx.table([
    '※ その他の包括利益に係る組替調整額及び税効果額',
    row(['', `当連結会計年度（自 ${ctx.year - 1}年4月1日 至 ${ctx.year}年3月31日）`]),
    row(['その他有価証券評価差額金：', '']),
    row(['当期発生額', sec.occurred]),
    row(['組替調整額', sec.reclass]),
    row(['税効果調整前', sec.before]),
    row(['税効果額', sec.tax]),
    row(['その他有価証券評価差額金', sec.after]),
    row(['為替換算調整勘定：', '']),
    row(['当期発生額', fx]),
    row(['退職給付に係る調整額：', '']),
    row(['当期発生額', ret.occurred]),
    row(['組替調整額', ret.reclass]),
    row(['税効果調整前', ret.before]),
    row(['税効果額', ret.tax]),
    row(['退職給付に係る調整額', ret.after]),
    row(['その他の包括利益合計', delta]),
  ]);
}

/** 1年内 and 1年超 payments of non-cancellable operating leases at a year end. */
function leases(ctx: JaReportContext, year: number): [number, number] {
  const base = ctx.books(year).sales * drawn(ctx, year, 'lease', 0.0016, 0.0042);
  const within = Math.max(12, Math.round(base * drawn(ctx, year, 'lease-split', 0.24, 0.4)));
  return [within, Math.max(20, Math.round(base - within))];
}

/** （リース取引関係）: what the group leases and the future payments under operating leases. */
function* leaseNote(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  const office = c.sites.find((s) => s.kind === 'office') ?? c.sites[0]!;
  const plant = ctx.rng.fork('lease-plant').pick(c.sites.filter((s) => s.kind === 'plant'));
  yield ctx.heading('（リース取引関係）', 'リース取引');
  yield ctx.heading('1．ファイナンス・リース取引（借主側）');
  yield ctx.para([
    ctx.once(() => ctx.say(`所有権移転外ファイナンス・リース取引の{リース資産の内容|主なリース資産}は、${plant.name}における{生産設備|検査装置|搬送設備|物流設備}（機械装置及び運搬具）及び{本社|各営業拠点}の{ホストコンピュータ|サーバー機器|事務用機器}（工具、器具及び備品）であります。`)),
    ctx.once(() => ctx.say('リース資産の減価償却の方法は、{リース期間を耐用年数とし、残存価額を零とする定額法によっております|連結財務諸表作成のための基本となる重要な事項「4．会計方針に関する事項 (2) 重要な減価償却資産の減価償却の方法」に記載のとおりであります}。')),
  ]);
  const [p1, p2] = leases(ctx, ctx.year - 1);
  const [c1, c2] = leases(ctx, ctx.year);
  const [prevHead, curHead] = periods(ctx);
  yield ctx.table([
    '2．オペレーティング・リース取引（借主側）　オペレーティング・リース取引のうち解約不能のものに係る未経過リース料　（単位：百万円）',
    row(['', prevHead, curHead]),
    row(['1年内', p1, c1]),
    row(['1年超', p2, c2]),
    row(['合計', p1 + p2, c1 + c2]),
  ]);
  const rise = c1 + c2 > p1 + p2;
  yield ctx.para([
    ctx.once(() => ctx.say(`当連結会計年度の未経過リース料は${cell(c1 + c2)}百万円となり、${rise ? `{${office.name}の賃貸借契約の更新|${c.subsidiaries[0]!.name}における倉庫の新規賃借|営業拠点の移転に伴う新規契約}により` : '{契約期間の経過|一部契約の満了}により'}前連結会計年度末に比べ${cell(Math.abs(c1 + c2 - p1 - p2))}百万円${rise ? '増加' : '減少'}しております。`)),
  ]);
}

/** （金融商品関係）: fair values of the instruments on the balance sheet, the maturities of receivables and the fair-value levels. */
function* financialInstruments(ctx: JaReportContext): Generator<Block> {
  const fair = (year: number) => {
    const b = ctx.books(year);
    const listed = Math.round(b.securities * drawn(ctx, year, 'fi-listed', 0.72, 0.9));
    const debt = b.longBorrow + b.currentLongDebt;
    const debtFair = Math.round(debt * (1 - drawn(ctx, year, 'fi-debt', 0.002, 0.012)));
    const bondFair = Math.round(b.bonds * (1 - drawn(ctx, year, 'fi-bond', 0.001, 0.009)));
    return { b, listed, debt, debtFair, bondFair };
  };
  const { listed } = fair(ctx.year);
  const y = ctx.y;
  yield ctx.heading('（金融商品関係）', '金融商品');
  yield ctx.heading('1．金融商品の状況に関する事項');
  yield ctx.para([
    ctx.once(() => ctx.say(`当社グループは、{資金運用については短期的な預金等に限定し|一時的な余資は安全性の高い金融資産で運用し}、{資金調達については銀行借入及び社債発行による方針であります|設備投資計画に照らして必要な資金を主に銀行借入や社債発行により調達しております}。`)),
    ctx.once(() => ctx.say(`営業債権である受取手形及び売掛金は、顧客の信用リスクに晒されております。{当該リスクに関しては|このため}、与信管理規程に従い、取引先ごとの期日管理及び残高管理を行うとともに、{主な取引先|${ctx.company.segments[0]!.customers}等の主要取引先}の信用状況を{年1回|半期ごとに}把握する体制としております。`)),
    ctx.once(() => ctx.say(`投資有価証券は、主に業務上の関係を有する企業の株式であり、{市場価格の変動リスクに晒されておりますが|市場価格の変動リスクがありますが}、{四半期ごとに時価や発行体の財務状況を把握|定期的に時価の把握を行い、取締役会に報告}しております。`)),
  ]);
  const [prevHead, curHead] = periods(ctx);
  const fairTable = (year: number, head: string) => {
    const { b, listed: l, debt, debtFair, bondFair } = fair(year);
    return ctx.table([
      `2．金融商品の時価等に関する事項　${head}　（単位：百万円）`,
      row(['', '連結貸借対照表計上額', '時価', '差額']),
      row(['投資有価証券　その他有価証券', l, l, '－']),
      row(['資産計', l, l, '－']),
      row(['社債', b.bonds, bondFair, bondFair - b.bonds]),
      row(['長期借入金（1年内返済予定を含む）', debt, debtFair, debtFair - debt]),
      row(['負債計', b.bonds + debt, bondFair + debtFair, bondFair + debtFair - b.bonds - debt]),
    ]);
  };
  yield fairTable(ctx.year - 1, prevHead);
  yield fairTable(ctx.year, curHead);
  yield ctx.para([
    ctx.once(() => ctx.say(`（注）市場価格のない株式等（連結貸借対照表計上額${cell(y.securities - listed)}百万円）は、{「投資有価証券」には含めておりません|上表の「投資有価証券」には含まれておりません}。また、{「現金及び預金」「受取手形及び売掛金」「支払手形及び買掛金」「短期借入金」|現金及び短期間で決済される債権債務}は、短期間で決済されるため時価が帳簿価額に近似することから、注記を省略しております。`)),
  ]);
  yield ctx.table([
    '金銭債権の連結決算日後の償還予定額　（単位：百万円）',
    row(['', '1年以内', '1年超5年以内', '5年超']),
    row(['現金及び預金', y.cash, '－', '－']),
    row(['受取手形及び売掛金', y.receivables, '－', '－']),
    row(['合計', y.cash + y.receivables, '－', '－']),
  ]);
  const l1 = Math.round(listed * 0.97);
  yield ctx.table([
    '時価をもって連結貸借対照表計上額とする金融資産　（単位：百万円）',
    row(['区分', 'レベル1', 'レベル2', 'レベル3', '合計']),
    row(['投資有価証券　株式', l1, '－', '－', l1]),
    row(['投資有価証券　その他', '－', listed - l1, '－', listed - l1]),
    row(['資産計', l1, listed - l1, '－', listed]),
  ]);
}

/** （デリバティブ取引関係）: open currency forwards by currency. */
function* derivatives(ctx: JaReportContext): Generator<Block> {
  const open = (year: number) => {
    const rng = ctx.withYear(year).rng.fork('derivatives');
    const currencies = rng.sample(['米ドル', 'ユーロ', '人民元', 'タイバーツ', 'ユーロ'].filter((v, i, a) => a.indexOf(v) === i), 3);
    const scale = ctx.books(year).sales * 0.004;
    return currencies.map((cur, i) => {
      const amount = Math.max(30, Math.round(scale * rng.float(0.2, 1.2)));
      const over = rng.chance(0.4) ? Math.round(amount * rng.float(0.1, 0.35)) : 0;
      const fair = Math.round(amount * rng.float(-0.035, 0.03)) || (i % 2 === 0 ? -1 : 2);
      return { label: `為替予約取引　${i === 2 ? '買建' : '売建'}　${cur}`, amount, over, fair };
    });
  };
  yield ctx.heading('（デリバティブ取引関係）', 'デリバティブ取引');
  yield ctx.para([
    ctx.once(() => ctx.say(`当社グループは、外貨建ての営業債権債務に係る為替の変動リスクを{回避する|ヘッジする}目的で為替予約取引を利用しており、{投機的な取引は行わない方針であります|投機目的のデリバティブ取引は行っておりません}。`)),
  ]);
  const [prevHead, curHead] = periods(ctx);
  for (const [year, head] of [[ctx.year - 1, prevHead], [ctx.year, curHead]] as const) {
    const rows = open(year);
    yield ctx.table([
      `ヘッジ会計が適用されていないデリバティブ取引　通貨関連　${head}　（単位：百万円）`,
      row(['区分', '取引の種類', '契約額等', 'うち1年超', '時価', '評価損益']),
      ...rows.map((r) => row(['市場取引以外の取引', r.label, r.amount, r.over === 0 ? '－' : r.over, r.fair, r.fair])),
      row(['合計', '', rows.reduce((a, r) => a + r.amount, 0), rows.reduce((a, r) => a + r.over, 0) || '－', rows.reduce((a, r) => a + r.fair, 0), rows.reduce((a, r) => a + r.fair, 0)]),
    ]);
  }
}

/** Asset retirement obligations at the end of `year`, and that year's movements. */
export function retirementObligations(ctx: JaReportContext, year: number): { start: number; added: number; accretion: number; settled: number; end: number } {
  let end = Math.round(ctx.books(ctx.calendar.firstYear).sales * 0.0009) + 18;
  let last = { start: end, added: 0, accretion: 0, settled: 0, end };
  for (let yr = ctx.calendar.firstYear; yr <= year; yr++) {
    const start = end;
    const added = drawn(ctx, yr, 'aro-add', 0, 1) < 0.55 ? Math.round(drawn(ctx, yr, 'aro-amt', 3, 40)) : 0;
    const accretion = Math.max(1, Math.round(start * 0.011));
    const settled = Math.min(start, Math.round(drawn(ctx, yr, 'aro-set', 0, 0.09) * start));
    end = start + added + accretion - settled;
    last = { start, added, accretion, settled, end };
  }
  return last;
}

/** （資産除去債務関係）: what the obligations are for and their roll-forward. */
function* assetRetirement(ctx: JaReportContext): Generator<Block> {
  const plants = ctx.company.sites.filter((s) => s.kind === 'plant');
  const rng = ctx.rng.fork('aro');
  const a = plants[Math.floor(drawn(ctx, ctx.calendar.firstYear, 'aro-site', 0, plants.length))]!;
  const prev = retirementObligations(ctx, ctx.year - 1);
  const cur = retirementObligations(ctx, ctx.year);
  yield ctx.heading('（資産除去債務関係）', '資産除去債務');
  yield ctx.heading('資産除去債務のうち連結貸借対照表に計上しているもの');
  yield ctx.para([
    ctx.once(() => ctx.say(`(1) 当該資産除去債務の概要　${[`${a.name}の建物等に使用されている有害物質（アスベスト）の除去費用`, `${a.name}の土地に係る土壌汚染対策費用`, `${a.name}の事業用定期借地権契約に伴う原状回復義務`][Math.floor(drawn(ctx, ctx.calendar.firstYear, 'aro-kind', 0, 3))]}{等|及び本社事務所の原状回復義務}であります。`)),
    ctx.once(() => ctx.say(`(2) 当該資産除去債務の金額の算定方法　使用見込期間を取得から{${rng.int(8, 15)}|${rng.int(16, 31)}}年と見積り、割引率は${rng.pick(['0.0', '0.1', '0.3', '0.5', '0.8', '1.1'])}%から${rng.pick(['1.4', '1.7', '2.0', '2.2'])}%を使用して資産除去債務の金額を計算しております。`)),
  ]);
  yield ctx.table([
    '(3) 当該資産除去債務の総額の増減　（単位：百万円）',
    row(['', '前連結会計年度', '当連結会計年度']),
    row(['期首残高', prev.start, cur.start]),
    row(['有形固定資産の取得に伴う増加額', prev.added || '－', cur.added || '－']),
    row(['時の経過による調整額', prev.accretion, cur.accretion]),
    row(['資産除去債務の履行による減少額', prev.settled === 0 ? '－' : -prev.settled, cur.settled === 0 ? '－' : -cur.settled]),
    row(['期末残高', prev.end, cur.end]),
  ]);
  if (cur.added > 0) {
    yield ctx.para([ctx.once(() => ctx.say(`当連結会計年度の増加額は、{${a.name}における新棟の建設|${ctx.company.subsidiaries[1]!.name}の事業所移転に伴う賃貸借契約の締結|${a.name}の設備更新に伴う除去義務の見直し}によるものであります。`))]);
  }
}

/** Book value at the end of `year` of the rental property, and its fair value and rental income. */
function rental(ctx: JaReportContext, year: number): { book: number; fair: number; income: number } {
  const book = Math.round(ctx.books(year).land * drawn(ctx, ctx.calendar.firstYear, 'rent-share', 0.05, 0.11) * (1 - (year - ctx.calendar.firstYear) * 0.006));
  return { book, fair: Math.round(book * drawn(ctx, year, 'rent-fair', 1.6, 2.6)), income: Math.round(book * drawn(ctx, year, 'rent-yield', 0.028, 0.06)) };
}

/** （賃貸等不動産関係）: the rental buildings and land, book and fair values, rental income. */
function* rentalProperty(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  const old = c.sites.filter((s) => s.kind === 'plant').at(-1)!;
  const prev = rental(ctx, ctx.year - 1);
  const cur = rental(ctx, ctx.year);
  yield ctx.heading('（賃貸等不動産関係）', '賃貸等不動産');
  yield ctx.para([
    ctx.once(() => ctx.say(`当社{及び一部の連結子会社|}では、${c.hq.prefecture}その他の地域において、賃貸用のオフィスビル{（土地を含む。）|}及び{${old.city}の旧倉庫用地|遊休土地}を有しております。`)),
    ctx.once(() => ctx.say(`当連結会計年度における当該賃貸等不動産に関する賃貸損益は${cell(cur.income)}百万円（{賃貸収益は営業外収益に、主な賃貸費用は営業外費用に計上|賃貸収益及び賃貸費用は営業外損益に計上}）であります。`)),
  ]);
  const [prevHead, curHead] = periods(ctx);
  yield ctx.table([
    '賃貸等不動産の連結貸借対照表計上額、期中増減額及び時価　（単位：百万円）',
    row(['', prevHead.replace(/（.*/, ''), curHead.replace(/（.*/, '')]),
    row(['連結貸借対照表計上額　期首残高', rental(ctx, ctx.year - 2).book, prev.book]),
    row(['期中増減額', prev.book - rental(ctx, ctx.year - 2).book, cur.book - prev.book]),
    row(['期末残高', prev.book, cur.book]),
    row(['期末時価', prev.fair, cur.fair]),
  ]);
  yield ctx.para([
    ctx.once(() => ctx.say(`（注）1．連結貸借対照表計上額は、取得原価から減価償却累計額を控除した金額であります。2．期中増減額のうち、{主な減少額は減価償却費であります|減少は主に減価償却によるものであります}。3．期末の時価は、{主要な物件については社外の不動産鑑定士による不動産鑑定評価書に基づく金額、その他の物件については一定の評価額や適切に市場価格を反映していると考えられる指標に基づく金額であります|「不動産鑑定評価基準」に基づいて自社で算定した金額（指標等を用いて調整を行ったものを含む。）であります}。`)),
  ]);
}

/** The notes above, in the order a 有報 prints them. */
export function* renderLongNotes(ctx: JaReportContext): Generator<Block> {
  yield* comprehensiveIncome(ctx);
  yield* leaseNote(ctx);
  yield* financialInstruments(ctx);
  yield* derivatives(ctx);
  yield* assetRetirement(ctx);
  yield* rentalProperty(ctx);
}

/** What a board meeting of a given month decides as a matter of course. */
const ROUTINE: Record<number, string[]> = {
  4: ['新中期経営計画の進捗報告', '年度方針の確認'],
  5: ['連結決算及び計算書類の承認', '定時株主総会の招集及び付議議案の決定'],
  6: ['代表取締役及び役付取締役の選定', '取締役の個人別の報酬等の決定'],
  7: ['政策保有株式の保有の適否の検証', '内部監査計画の承認'],
  8: ['第1四半期決算の報告', '統合報告書の発行'],
  9: ['取締役会の実効性評価の実施方法', 'サステナビリティ委員会からの報告'],
  10: ['人的資本に関する方針の審議', '情報セキュリティ体制の点検結果の報告'],
  11: ['中間決算の承認及び中間配当の決定', '業績予想の修正の検討'],
  12: ['リスク管理委員会からの報告', '主要子会社の経営状況の報告'],
  1: ['次期中期経営計画の骨子の審議', '後継者計画の進捗報告'],
  2: ['第3四半期決算の報告', '取締役会の実効性評価の結果'],
  3: ['次年度予算及び設備投資計画の承認', '組織変更及び重要な人事異動の決定'],
};

/** 取締役会の開催状況: each meeting of the year with its main agenda, then the nomination and remuneration committee. */
export function* renderBoardMeetings(ctx: JaReportContext): Generator<Block> {
  const c = ctx.company;
  const rng = ctx.rng.fork('board-meetings');
  const meetings = 12 + (ctx.year % 3 === 0 ? 2 : ctx.year % 3);
  const months = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];
  const extra = rng.sample([5, 6, 11, 3, 9, 1], meetings - 12);
  const held = [...months, ...extra].sort((a, b) => months.indexOf(a) - months.indexOf(b));
  const plants = c.sites.filter((s) => s.kind === 'plant');
  const specific = [
    () => `${rng.pick(plants).name}の{生産ラインの再編|老朽化設備の更新方針|省エネルギー投資}`,
    () => `${rng.pick(c.subsidiaries).name}の{経営状況及び事業計画|資本政策|内部統制の整備状況}`,
    () => `${rng.pick(c.banks)}からの{借入条件の見直し|資金調達}`,
    () => `${rng.pick(c.segments).label}の{事業戦略|価格改定方針|販売体制の見直し}`,
    () => `${rng.pick(c.markets)}向け{販売拡大策|事業の進捗}`,
    () => `{自己株式の取得|株主還元方針の見直し}`,
    () => `{${c.auditor}による監査の状況報告|監査等委員会との意見交換}`,
    () => `{人権デューデリジェンスの実施|サプライヤー行動規範の改定}`,
  ];
  const used = new Map<number, number>();
  const rows = held.map((m, i) => {
    const seen = used.get(m) ?? 0;
    used.set(m, seen + 1);
    const base = seen === 0 ? ROUTINE[m]! : [];
    const items = [...base.slice(0, rng.int(1, 2)), ctx.say(rng.pick(specific)())];
    if (seen > 0 || rng.chance(0.3)) items.push(ctx.say(rng.pick(specific)()));
    const y = m >= 4 ? ctx.year - 1 : ctx.year;
    return row([`第${i + 1}回`, `${y}年${m}月`, seen > 0 ? '臨時' : '定例', [...new Set(items)].join('、')]);
  });
  yield ctx.heading('取締役会の開催状況及び主な議題');
  yield ctx.table([row(['回', '開催月', '区分', '主な議題']), ...rows]);
  const outside = ctx.officers.filter((o) => o.role === 'outside');
  const president = ctx.officers.find((o) => o.role === 'president');
  const sessions = rng.int(4, 9);
  if (outside.length > 0 && president) {
    yield ctx.heading('指名・報酬委員会の活動状況');
    yield ctx.para([
      ctx.once(() => ctx.say(`当社は、取締役会の任意の諮問機関として指名・報酬委員会を設置しており、{委員長は社外取締役の${outside[0]!.name}が務め|社外取締役${outside[0]!.name}を委員長とし}、委員は{${outside.map((o) => o.name).join('、')}及び${president.name}|社外取締役${outside.length}名及び代表取締役社長${president.name}}で構成しております。`)),
      ctx.once(() => ctx.say(`当事業年度においては委員会を${sessions}回開催し、{${rng.sample(['取締役候補者の選任案', '代表取締役の後継者計画', '報酬水準の妥当性', '取締役の個人別の報酬額', 'スキル・マトリックスの見直し', '執行役員の選任案', '役員報酬制度の改定'], 3).join('、')}|${rng.sample(['取締役候補者の選任案', '代表取締役の後継者計画', '報酬水準の妥当性', '取締役の個人別の報酬額', 'スキル・マトリックスの見直し', '執行役員の選任案', '役員報酬制度の改定'], 2).join('及び')}}について審議し、取締役会に答申しました。`)),
      ctx.once(() => ctx.say(`{全委員が全ての回に出席しております|各委員の出席率は100%であります|${outside.at(-1)!.name}は${sessions}回中${sessions - 1}回出席しております}。`)),
    ]);
  }
}
