# CTest `xlsx_demo`: the demo district's lists written as Excel workbooks the way staff make
# them (tools/office-files/lists_to_xlsx.py: title rows, merged cells, split and empty sheets)
# must build to byte for byte the same publication as the CSV lists; prints the check times.
#
#   cmake -DCLI=…/dutyatlas -DPYTHON=…/python3 -DSOURCE_DIR=… -DOUT_DIR=… -P tests/office/xlsx_demo.cmake
foreach(var CLI PYTHON SOURCE_DIR OUT_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "xlsx_demo.cmake: -D${var}=… is required")
  endif()
endforeach()

file(REMOVE_RECURSE "${OUT_DIR}")
file(MAKE_DIRECTORY "${OUT_DIR}")
execute_process(
  COMMAND "${PYTHON}" "${SOURCE_DIR}/tools/office-files/lists_to_xlsx.py" "${SOURCE_DIR}/assets/demo"
          "${OUT_DIR}/demo-xlsx"
  RESULT_VARIABLE made ERROR_VARIABLE made_error)
if(NOT made EQUAL 0)
  message(FATAL_ERROR "lists_to_xlsx.py failed (${made}); is python3-openpyxl installed?\n${made_error}")
endif()
file(GLOB_RECURSE csv_left RELATIVE "${OUT_DIR}/demo-xlsx" "${OUT_DIR}/demo-xlsx/*.csv")
if(csv_left)
  message(FATAL_ERROR "lists_to_xlsx.py left CSV lists: ${csv_left}")
endif()

foreach(kind csv xlsx)
  if(kind STREQUAL "csv")
    set(src "${SOURCE_DIR}/assets/demo")
  else()
    set(src "${OUT_DIR}/demo-xlsx")
  endif()
  string(TIMESTAMP t0 "%s%f")
  execute_process(COMMAND "${CLI}" check "${src}" RESULT_VARIABLE checked OUTPUT_VARIABLE out ERROR_VARIABLE out)
  string(TIMESTAMP t1 "%s%f")
  math(EXPR ms "(${t1} - ${t0}) / 1000")
  message(STATUS "dutyatlas check, lists as ${kind}: ${ms} ms")
  if(NOT checked EQUAL 0)
    message(FATAL_ERROR "dutyatlas check ${src} failed (${checked}):\n${out}")
  endif()
  execute_process(COMMAND "${CLI}" build "${src}" -o "${OUT_DIR}/site-${kind}" --ui-text "${SOURCE_DIR}/web/ui_text"
                  RESULT_VARIABLE built OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT built EQUAL 0)
    message(FATAL_ERROR "dutyatlas build ${src} failed (${built}):\n${out}")
  endif()
endforeach()

file(GLOB_RECURSE from_csv RELATIVE "${OUT_DIR}/site-csv" "${OUT_DIR}/site-csv/*")
file(GLOB_RECURSE from_xlsx RELATIVE "${OUT_DIR}/site-xlsx" "${OUT_DIR}/site-xlsx/*")
if(NOT from_csv STREQUAL from_xlsx)
  message(FATAL_ERROR "the publications differ in their files:\nCSV: ${from_csv}\nxlsx: ${from_xlsx}")
endif()
foreach(f ${from_csv})  # hashed in this process: a compare_files process per file takes minutes
  file(SHA256 "${OUT_DIR}/site-csv/${f}" a)
  file(SHA256 "${OUT_DIR}/site-xlsx/${f}" b)
  if(NOT a STREQUAL b)
    message(FATAL_ERROR "${f} differs between the CSV and the .xlsx build")
  endif()
endforeach()
list(LENGTH from_csv count)
message(STATUS "the .xlsx lists build to the same ${count} files as the CSV lists")
